#!/usr/bin/env python3
"""Writes data/gold/linking.jsonl: short news-style articles written by the project, with the
countries and leaders a careful reader finds in each, labelled by hand.

Conventions (the same as the job's, see README "Linking rules"): a country counts when named,
by a demonym, a capital or a seat of power ("the Kremlin"); "Korea" and "Congo" alone do not
count; Gaza and the West Bank count as Palestine (PSE); a leader counts when named (full name, title + surname, or a surname that refers to a
leader named earlier or to the only one in office with it); a leader's country is not a country
mention. Each record: id, published, text, countries (ISO3), leaders (ids), case (what it tests).
"""
import json
import os

A = []


def art(case, published, text, countries, leaders):
    A.append({"id": f"gold-{len(A) + 1:03d}", "case": case, "published": published, "text": text,
              "countries": sorted(set(countries)), "leaders": sorted(set(leaders))})


# Longest match wins among nested country names.
art("guineas", "2024-03-02", "Papua New Guinea and Equatorial Guinea signed a fisheries pact on Friday, "
    "while officials from Guinea-Bissau and Guinea watched from the gallery.", ["PNG", "GNQ", "GNB", "GIN"], [])
art("guineas", "2023-11-14", "Guinea's junta promised elections, and traders in Conakry said prices had doubled.",
    ["GIN"], [])
art("sudans", "2024-05-10", "Fighting in Sudan pushed thousands of refugees across the border into South Sudan, "
    "the UN said.", ["SDN", "SSD"], [])
art("sudans", "2023-07-09", "South Sudan marked its independence day quietly as aid convoys waited in Juba.",
    ["SSD"], [])
art("dominicas", "2024-02-20", "Tourism ministers from the Dominican Republic and Dominica met in Santo Domingo "
    "to discuss cruise routes.", ["DOM", "DMA"], [])
art("nigers", "2023-08-01", "Nigeria closed its border with Niger after the coup, and Nigerian traders in "
    "Niamey said trucks were stuck.", ["NGA", "NER"], [])
art("congos", "2024-01-15", "The Democratic Republic of the Congo and the Republic of the Congo share the "
    "river, and ferries between Kinshasa and Brazzaville resumed on Monday.", ["COD", "COG"], [])
art("congo-alone", "2024-06-03", "Mining output along the Congo river rose, and analysts in Rwanda expected "
    "more exports.", ["RWA"], [])
art("korea-alone", "2024-09-12", "Tensions on the Korean peninsula rose again, and Korea watchers in Japan "
    "said the drills were the largest this year.", ["JPN"], [])
art("koreas", "2024-06-19", "North Korea and South Korea traded accusations, while officials in Seoul and "
    "Pyongyang ignored calls from China for calm.", ["PRK", "KOR", "CHN"], [])

# Titles and honorifics.
art("titles", "2024-05-16", "President Xi welcomed Mr. Putin to Beijing, where the two leaders praised their "
    "partnership.", ["CHN"], ["xi-jinping", "vladimir-putin"])
art("titles", "2024-06-14", "Prime Minister Modi met Chancellor Scholz on the sidelines of the summit in Italy.",
    ["ITA"], ["narendra-modi", "olaf-scholz"])
art("titles", "2023-09-10", "Mr. Lula said Brazil would host the summit, and President Biden thanked him.",
    ["BRA"], ["luiz-inacio-lula-da-silva", "joe-biden"])
art("titles", "2024-02-02", "Prime Minister Meloni and President Macron discussed migration in Rome.",
    ["ITA"], ["giorgia-meloni", "emmanuel-macron"])

# Surname after a full name; surname alone in office; ambiguous surname.
art("surname-after-full", "2024-06-19", "Kim Jong Un greeted Vladimir Putin at the airport. Kim later "
    "hosted a banquet, and Putin thanked his hosts.", [], ["kim-jong-un", "vladimir-putin"])
art("surname-in-office", "2024-04-11", "Zelenskyy urged allies to send air defence, and Erdoğan offered to "
    "mediate talks.", [], ["volodymyr-zelenskyy", "recep-tayyip-erdogan"])
art("surname-in-office", "2023-03-20", "Lula said he would travel to China next week to meet Xi.",
    ["CHN"], ["luiz-inacio-lula-da-silva", "xi-jinping"])
art("surname-variants", "2022-03-01", "Volodymyr Zelensky addressed the parliament; Zelenskiy, as some "
    "agencies spell him, asked for more sanctions on Russia.", ["RUS"], ["volodymyr-zelenskyy"])

# Time-aware resolution.
art("time-kim", "2009-05-25", "North Korea said Kim Jong Il had ordered a second nuclear test.",
    ["PRK"], ["kim-jong-il"])
art("time-kim", "2023-09-13", "Kim arrived at the Vostochny cosmodrome by armoured train, Russian media said.",
    ["RUS"], ["kim-jong-un"])
art("time-us", "2024-03-07", "Biden delivered the State of the Union address as Trump campaigned in Georgia's "
    "capital, Atlanta.", [], ["joe-biden", "donald-trump"])
art("time-us", "2025-03-04", "Trump told Congress that tariffs on Canada and Mexico would take effect.",
    ["CAN", "MEX"], ["donald-trump"])
art("time-uk", "2024-09-20", "Starmer met the Irish prime minister in Dublin to reset relations.",
    ["IRL"], ["keir-starmer"])
art("time-uk", "2023-02-27", "Sunak unveiled a new deal on Northern Ireland with the European Commission.",
    ["GBR"], ["rishi-sunak"])

# Guards against false countries.
art("person-jordan", "2024-01-10", "Michael Jordan bought a stake in a racing team, fans in Chicago cheered.",
    [], [])
art("person-chad", "2024-05-22", "Chad Smith played drums at the concert, and the crowd stayed until midnight.",
    [], [])
art("us-state-georgia", "2024-10-30", "Voters in Atlanta, Georgia queued for hours on the last day of early "
    "voting.", [], [])
art("us-states", "2024-08-06", "Wildfires spread across New Mexico while New Jersey faced record heat.", [], [])
art("newspaper", "2023-06-12", "The Washington Post reported that the talks with Iran had stalled.", ["IRN"], [])
art("airline", "2024-04-02", "Turkish Airlines added flights to Tokyo, and travellers welcomed the news.",
    ["JPN"], [])
art("lowercase", "2023-11-23", "Families roasted turkey, set out fine china and added a pinch of chile "
    "to the sauce.", [], [])
art("country-vs-turkey", "2023-11-23", "Turkey and Greece agreed to calm tensions in the Aegean.",
    ["TUR", "GRC"], [])

# Diacritics, former names, official names.
art("diacritics", "2023-06-01", "Türkiye and Côte d'Ivoire signed a trade deal, and São Tomé and Príncipe "
    "joined as an observer.", ["TUR", "CIV", "STP"], [])
art("ascii", "2023-06-02", "Turkiye and Cote d'Ivoire signed a trade deal, and Sao Tome and Principe joined.",
    ["TUR", "CIV", "STP"], [])
art("ivory-coast", "2024-01-20", "Ivory Coast won the Africa Cup of Nations final in Abidjan.", ["CIV"], [])
art("former-names", "2021-02-02", "Burma's army seized power; diplomats from Swaziland, the Czech Republic "
    "and Macedonia condemned the coup.", ["MMR", "SWZ", "CZE", "MKD"], [])
art("official", "2024-06-19", "The Democratic People's Republic of Korea and the Russian Federation signed "
    "a partnership treaty.", ["PRK", "RUS"], [])

# Demonyms and seats of power.
art("demonyms", "2024-06-20", "North Korean officials and Russian diplomats toasted the treaty, while "
    "Ukrainians watched with alarm.", ["PRK", "RUS", "UKR"], [])
art("demonyms-plural", "2024-02-24", "Russians queued to vote, and Americans debated more aid.", ["RUS", "USA"], [])
art("seats", "2024-06-18", "The Kremlin said the visit would deepen ties; the White House called it "
    "troubling.", ["RUS", "USA"], [])
art("seats", "2024-07-05", "Downing Street welcomed the result, and the Élysée said it would respond "
    "tomorrow.", ["GBR", "FRA"], [])
art("seats", "2023-08-15", "Zhongnanhai was silent on the matter, officials in Tokyo said.", ["CHN", "JPN"], [])

# Leaders from the wider data (not only the G20).
art("wide-leaders", "2023-10-10", "Kenya's President William Ruto opened the climate summit in Nairobi.",
    ["KEN"], ["william-ruto"])
art("wide-leaders", "2019-03-20", "Jacinda Ardern announced a ban on semi-automatic weapons in New Zealand.",
    ["NZL"], ["jacinda-ardern"])
art("wide-leaders", "2022-01-12", "Mark Rutte presented his fourth cabinet to the Dutch king.",
    ["NLD"], ["mark-rutte"])
art("wide-leaders", "2024-08-06", "Sheikh Hasina fled Bangladesh as protesters stormed her residence.",
    ["BGD"], ["sheikh-hasina"])
art("wide-leaders", "2024-12-14", "Viktor Orbán hosted Slovakia's Robert Fico in Budapest.",
    ["SVK", "HUN"], ["viktor-orban", "robert-fico"])
art("wide-leaders", "2024-05-08", "Paul Kagame met Félix Tshisekedi in Luanda for talks brokered by Angola.",
    ["AGO"], ["paul-kagame", "felix-tshisekedi"])
art("wide-leaders", "2025-02-10", "Donald Tusk said Poland would spend more on defence than any NATO ally.",
    ["POL"], ["donald-tusk"])
art("wide-leaders", "2023-06-18", "Macky Sall said Senegal would hold elections on time.", ["SEN"], ["macky-sall"])
art("wide-leaders", "2024-03-25", "Anwar Ibrahim said Malaysia would stay neutral.", ["MYS"], ["anwar-ibrahim"])
art("wide-leaders", "2023-05-28", "Recep Tayyip Erdoğan won the runoff; Erdoğan thanked voters in Istanbul.",
    [], ["recep-tayyip-erdogan"])

# Mixed articles with several hard cases at once.
art("mixed", "2024-06-19", "Vladimir Putin arrived in Pyongyang, where Kim Jong Un embraced him. Putin "
    "thanked the North Korean people, and the two signed a pact. China and Japan watched closely.",
    ["PRK", "CHN", "JPN"], ["vladimir-putin", "kim-jong-un"])
art("mixed", "2025-01-21", "A day after his inauguration, President Trump spoke with Benjamin Netanyahu "
    "about Gaza. Netanyahu said Israel would honour the ceasefire.", ["ISR", "PSE"], ["donald-trump", "benjamin-netanyahu"])
art("mixed", "2024-11-18", "At the G20 in Rio de Janeiro, Lula greeted Javier Milei coolly; Milei later "
    "praised Argentina's reforms.", ["ARG"], ["luiz-inacio-lula-da-silva", "javier-milei"])
art("mixed", "2024-10-24", "Narendra Modi and Xi Jinping met in Kazan, Russia, their first talks in five years.",
    ["RUS"], ["narendra-modi", "xi-jinping"])
art("mixed", "2023-04-05", "Emmanuel Macron flew to Beijing; Macron urged Xi to press Moscow over Ukraine.",
    ["CHN", "RUS", "UKR"], ["emmanuel-macron", "xi-jinping"])
art("mixed", "2025-06-24", "Iran and Israel agreed to a ceasefire, Trump said, after strikes on Iranian "
    "nuclear sites.", ["IRN", "ISR"], ["donald-trump"])
art("mixed", "2024-07-10", "Anthony Albanese said Australia and Papua New Guinea would sign a security pact.",
    ["AUS", "PNG"], ["anthony-albanese"])
art("mixed", "2024-10-20", "Prabowo Subianto was sworn in as Indonesia's president in Jakarta.",
    ["IDN"], ["prabowo-subianto"])
art("mixed", "2024-10-02", "Claudia Sheinbaum took office as Mexico's first female president.",
    ["MEX"], ["claudia-sheinbaum"])
art("mixed", "2024-06-01", "Cyril Ramaphosa's party lost its majority, South African media reported.",
    ["ZAF"], ["cyril-ramaphosa"])
art("mixed", "2024-09-27", "Shigeru Ishiba won the party vote and will become Japan's prime minister.",
    ["JPN"], ["shigeru-ishiba"])
art("mixed", "2024-11-06", "Olaf Scholz fired his finance minister, and Germany's coalition collapsed.",
    ["DEU"], ["olaf-scholz"])
art("mixed", "2025-05-07", "Friedrich Merz was elected chancellor and flew to Paris and Warsaw.",
    ["FRA", "POL"], ["friedrich-merz"])
art("mixed", "2025-06-04", "Lee Jae-myung was sworn in as South Korea's president after the snap election.",
    ["KOR"], ["lee-jae-myung"])
art("mixed", "2024-12-04", "Yoon Suk Yeol lifted martial law hours after declaring it.", [], ["yoon-suk-yeol"])
art("mixed", "2024-05-20", "Iranians mourned President Ebrahim Raisi, killed in a helicopter crash.",
    ["IRN"], ["ebrahim-raisi"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linking.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"{len(A)} articles -> {out}")
