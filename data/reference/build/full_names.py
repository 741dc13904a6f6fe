"""Full names for the leaders table, from the full-name sources in ../shared/reference/leaders-sources.

Used by build_leaders.py after its own sources are merged. Two sources, in order of trust:
  1. wikidata-geografia/leaders_history.csv: Wikidata (CC0) heads of state (P35) and government (P6)
     with QIDs and exact dates, snapshot autumn 2025. Labels are Portuguese-first: the monarchs and
     popes whose label is Portuguese get their English name from PT_LABELS (keyed by QID); rows with a
     QID and no label are skipped.
  2. wikipedia-state-leaders-lists/List_of_state_leaders_in_the_21st_century.md: English Wikipedia
     (CC BY-SA 3.0, mid-2019 text), years only; it fills in prime ministers and others Wikidata lacks.

A person already in the table (same Wikidata id, same folded name in the same country, or a REIGN
surname-only row whose surname and tenure match) keeps their id unless they had a surname only, in
which case they are renamed to the full name and the surname stays an alias. New tenures are fitted
into the time their seat (country and role) is free, so the one-holder-per-seat rule still holds;
a prime minister whose seat is held by a president who heads the government gets role
`prime_minister` (a prime minister who is not the head of government).
"""
import csv
import difflib
import os
import re
from datetime import date, timedelta

EARLIEST_END = date(1945, 1, 1)   # every leader since 1945: wire archives, obituaries, retrospectives
LATEST_START = date(2025, 12, 31)
MIN_DAYS = 30                     # a fitted piece shorter than this is a clash, not a tenure
WIKIDATA_SOURCE = "Wikidata 2025 via cfmessias/geografia (CC0)"
FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "KHM", "VNM"}
# Rows of one person under two names that share no surname: old id -> the name that stays.
SAME_PERSON = {"hasina-wazed": "Sheikh Hasina", "ould-abdel-aziz": "Mohammed Ould Abdelaziz",
               "sher-bahdur-deuba": "Sher Bahadur Deuba", "almazbek-atambayev": "Almazbek Atambaiev",
               "chaudhri-m-ali": "Chaudhry Muhammad Ali", "hazza-al-majali": "Hazza' Majali",
               "salah-al-din-al-bitar": "Salah ad-Din al-Bitar"}
SNAPSHOT_SOURCES = re.compile(r"^(Wikidata heads 2021|REIGN 2021-03)")  # open terms as of 2021
WIKIPEDIA_SOURCE = "English Wikipedia, List of state leaders in the 21st century (2019, CC BY-SA 3.0), year precision"
WIKIPEDIA_20TH_SOURCE = ("English Wikipedia, List of state leaders in the 20th century (1951-2000) (2019, CC BY-SA 3.0),"
                         " year precision")

# Portuguese Wikidata labels (monarchs, popes) and their English names.
PT_LABELS = {
    "Q43274": "Charles III", "Q9682": "Elizabeth II", "Q12976": "Baudouin of Belgium",
    "Q3911": "Albert II of Belgium", "Q155004": "Philippe of Belgium", "Q1060355": "Simeon Saxe-Coburg-Gotha",
    "Q29574": "Beatrix of the Netherlands", "Q154952": "Willem-Alexander", "Q102139": "Margrethe II",
    "Q1004037": "Frederik X", "Q19943": "Juan Carlos I", "Q191045": "Felipe VI", "Q146906": "King Hussein",
    "Q57464": "Abdullah II of Jordan", "Q217096": "Naruhito", "Q57454": "Hans-Adam II", "Q57537": "Letsie III",
    "Q16004": "Henri, Grand Duke of Luxembourg", "Q161319": "Guillaume, Grand Duke of Luxembourg",
    "Q15988": "Jean, Grand Duke of Luxembourg", "Q57553": "Mohammed VI of Morocco", "Q69103": "Hassan II of Morocco",
    "Q185025": "Rainier III", "Q3910": "Albert II of Monaco", "Q57550": "Abdul Halim of Kedah",
    "Q5244614": "Muhammad V of Kelantan", "Q2657043": "Ibrahim Iskandar of Johor", "Q154912": "Olav V",
    "Q57287": "Harald V", "Q183187": "King Fahd", "Q57298": "King Abdullah of Saudi Arabia",
    "Q45068": "Carl XVI Gustaf", "Q57340": "Mswati III", "Q989": "Pope John Paul II", "Q2494": "Pope Benedict XVI", "Q450675": "Pope Francis",
    "Q6109517": "Pope Leo XIV",
    # Monarchs and popes of 1945-1990, added with leaders since 1945.
    "Q150747": "Queen Wilhelmina", "Q154927": "Haakon VII", "Q52890": "Gustaf V", "Q156617": "Christian X",
    "Q155608": "Charlotte, Grand Duchess of Luxembourg", "Q316543": "Louis II of Monaco", "Q280856": "George VI",
    "Q165674": "Franz Joseph II", "Q2604": "Pope Pius XII", "Q930013": "Michael I of Romania",
    "Q445553": "Prince Charles, Count of Flanders", "Q192780": "Abdullah I of Jordan", "Q151312": "Frederik IX",
    "Q154946": "Queen Juliana", "Q52878": "Gustaf VI Adolf", "Q294365": "Talal of Jordan", "Q244206": "King Saud",
    "Q193874": "Mohammed V of Morocco", "Q217167": "King Faisal", "Q23873": "Pope John XXIII",
    "Q208301": "King Khalid", "Q37278": "Pope John Paul I", "Q16975": "Pope Paul VI",
    # Greek prime ministers whose Portuguese labels ("Andréas Papandréu") fold to no English spelling.
    "Q219256": "Andreas Papandreou", "Q311207": "Georgios Papandreou Sr.", "Q548647": "Stefanos Stefanopoulos",
    "Q694636": "Ja'afar of Negeri Sembilan", "Q561319": "Azlan Shah of Perak", "Q460568": "Sirajuddin of Perlis",
}
# REIGN surnames that match no full-name row by spelling (transliterations, typos in REIGN), and
# REIGN leaders neither full-name source lists: the full name, from the team's knowledge.
REIGN_FULL_NAMES = {
    "loeger": "Hartwig Löger", "campaore": "Blaise Compaoré", "saksgoburggotski": "Simeon Saxe-Coburg-Gotha",
    "pratt": "Cynthia Pratt", "tobgye": "Tshering Tobgay", "djotidia": "Michel Djotodia", "arango": "Andrés Pastrana",
    "clerides": "Glafkos Klerides", "al-sisi": "Abdel Fattah el-Sisi", "afeworki": "Isaias Afwerki",
    "burdjanadze": "Nino Burjanadze", "burdzhanadze": "Nino Burjanadze", "maldanado": "Alejandro Maldonado Aguirre",
    "nazarbaev": "Nursultan Nazarbayev", "mamau": "Taneti Maamau", "vorachit": "Bounnhang Vorachith",
    "spasovksi": "Oliver Spasovski", "nyussi": "Filipe Nyusi", "chakewera": "Lazarus Chakwera",
    "niyazov": "Saparmyrat Nyýazow", "berdymukhammedov": "Gurbanguly Berdimuhamedow", "rakhmonov": "Emomali Rahmon",
    "tu-ivakano": "Siale'ataonga Tu'ivakano", "tu-i-onetoa": "Pohiva Tu'i'onetoa", "essebi": "Beji Caid Essebsi",
    "komisic": "Željko Komšić", "boonsonpaisan": "Niwatthamrong Boonsongpaisan", "bonfoh": "Abbas Bonfoh",
    "jelavic": "Ante Jelavić", "radisic": "Živko Radišić", "belkic": "Beriz Belkić", "marovic": "Svetozar Marović",
    "thanou": "Vassiliki Thanou-Christophilou", "vacariou": "Nicolae Văcăroiu", "an-nahayan": "Khalifa bin Zayed Al Nahyan",
    "qaddafi": "Muammar Gaddafi", "atambayev": "Almazbek Atambayev", "gyanendra": "Gyanendra of Nepal",
}
# Names news text uses that no source gives (team knowledge).
EXTRA_ALIASES = {
    "abdullah-ii-of-jordan": ["King Abdullah", "King Abdullah II", "Abdullah II"],
    "mohammed-vi-of-morocco": ["King Mohammed VI"],
    "harald-v": ["King Harald"],
    "carl-xvi-gustaf": ["King Carl Gustaf"],
    "felipe-vi": ["King Felipe"],
    "juan-carlos-i": ["King Juan Carlos"],
    "mohammed-bin-salman": ["MBS"],
    # popes by the names they were born with, which news uses in their obituaries and early reports
    "pope-john-paul-ii": ["Karol Wojtyla", "Wojtyla"],
    "pope-benedict-xvi": ["Joseph Ratzinger", "Ratzinger"],
    "pope-francis": ["Jorge Mario Bergoglio", "Bergoglio"],
    "pope-leo-xiv": ["Robert Prevost", "Prevost"],
    # "George Bush" and "Bush" are both presidents: the linker picks by the publication date.
    "george-h-w-bush": ["Bush", "George Bush", "George H.W. Bush", "George Herbert Walker Bush"],
}

# One-word names that are the person's whole name (mononyms, emperors by era name).
MONONYMS = {"suharto", "akihito", "naruhito", "souphanouvong"}

# Collective or rotating offices (Captains Regent, the Swiss Federal Council): build_leaders.py's own rows stand.
SKIPPED_COUNTRIES = {"SMR", "CHE"}
SKIPPED_QIDS = {"Q124846311",  # Haiti's Transitional Presidential Council: a body, not a person
                "Q113227667"}  # "Quentin Trembley", a fictional US president (1837-) that would hold the seat to 1993

# Wikipedia polity headings that are not a name in countries.csv.
WIKIPEDIA_POLITY = {
    "Democratic Republic of the Congo": "COD", "Republic of the Congo": "COG", "Ivory Coast": "CIV",
    "The Gambia": "GMB", "Gambia": "GMB", "East Timor": "TLS", "Swaziland": "SWZ", "Eswatini": "SWZ",
    "Cape Verde": "CPV", "Macedonia": "MKD", "North Macedonia": "MKD", "Vatican City": "VAT",
    "Czech Republic": "CZE", "Federated States of Micronesia": "FSM", "Burma": "MMR", "Myanmar": "MMR",
    "São Tomé and Príncipe": "STP", "Palestine": "PSE", "China": "CHN", "Taiwan": "TWN",
    "Bahamas": "BHS", "Netherlands": "NLD", "Denmark": "DNK", "Korea, North": "PRK", "Korea, South": "KOR",
    "North Korea": "PRK", "South Korea": "KOR", "Georgia": "GEO", "Serbia": "SRB",
    # 20th-century states, filed under their successor as REIGN and the Reuters place tags do.
    "Soviet Union": "RUS", "West Germany": "DEU", "Federal Republic of Germany": "DEU",
    "Czechoslovakia": "CZE", "Yugoslavia": "SRB", "Zaire": "COD", "Ceylon": "LKA",
    "Union of South Africa": "ZAF", "Upper Volta": "BFA", "Burkina Faso": "BFA", "Dahomey": "BEN",
    "Benin": "BEN", "Khmer Republic": "KHM", "Democratic Kampuchea": "KHM", "Kampuchea": "KHM",
    "Mongolian People's Republic": "MNG", "Burma/Myanmar": "MMR", "Socialist Republic of the Union of Burma": "MMR",
    "Czechoslovak Socialist Republic": "CZE", "Czech and Slovak Federative Republic": "CZE",
    "Socialist Federal Republic of Yugoslavia": "SRB", "Federal Republic of Yugoslavia: Serbia and Montenegro": "SRB",
    "Hungarian People's Republic": "HUN", "People's Socialist Republic of Albania": "ALB",
    "Imperial State of Iran": "IRN", "Yemen Arab Republic": "YEM", "Syrian Arab Republic": "SYR", "Syrian Republic": "SYR",
    "Libyan Arab Republic / Socialist People's Libyan Arab Jamahiriya": "LBY", "Somali Republic": "SOM",
    "Somali Democratic Republic": "SOM", "Republic of the Congo (Léopoldville)": "COD",
    "Republic of the Congo (Brazzaville)": "COG", "People's Republic of the Congo": "COG",
    "Derg: Provisional Military Government of Socialist Ethiopia": "ETH", "Ethiopian Empire": "ETH",
    "Transitional Government of Ethiopia": "ETH", "Second Brazilian Republic": "BRA", "Brazilian military regime": "BRA",
    "Republic of China: Taiwan": "TWN", "Francoist Spain": "ESP", "French Fourth Republic": "FRA",
    "Second Portuguese Republic": "PRT", "Third Republic of Portugal": "PRT", "Military junta of Greece": "GRC",
    "Mutawakkilite Kingdom of Yemen": "YEM", "First Republic of Maldives": "MDV", "Second Republic of Maldives": "MDV",
    "The Bahamas": "BHS", "Protectorate of Brunei / Nation of Brunei": "BRN",
}
# States beside their successor's predecessor, whose leaders would take its seats: not filed under any country.
WIKIPEDIA_SKIPPED_POLITY = {"East Germany", "State of Vietnam", "Republic of Vietnam", "Republic of South Vietnam"}
# Forms of state before a country's name in the 20th-century page's headings ("Kingdom of Libya").
STATE_FORM = re.compile(r"^(?:(?:Islamic |Imperial |Socialist |Democratic |Federal |Federative |People's |Arab )*"
                        r"(?:Kingdom|Republic|State|Union|Dominion|Sultanate|Emirate|Sheikhdom|Protectorate)"
                        r"(?: of(?: the)?)? )")
WIKIPEDIA_SKIPPED_TITLE = re.compile(r"Governor-General|Co-Prince|Captain[s]? Regent|Vice|Deputy|Secretary|"
                                     r"Chairman of the Presidium|Federal Council|Representative|Chairman of the Council",
                                     re.I)
WIKIPEDIA_HEAD_OF_GOVERNMENT = re.compile(r"Prime minister|Premier|Chancellor|Head of government|Taoiseach|"
                                          r"Chief Executive|Chief Adviser|President of the Government", re.I)
WIKIPEDIA_HEAD_OF_STATE = re.compile(r"President|King|Queen|Emir|Sultan|Monarch|Head of State|Grand Duke|Prince|"
                                     r"Chairman|Emperor|Yang di-Pertuan Agong|Pope|Sovereign", re.I)
HONORIFIC = re.compile(r"^(?:Sir|Dame|Sheikh|Dr\.?) (?=\S+ \S)")
PARTY_LEADER = re.compile(r"^(General Secretary|First Secretary|paramount leader)\b", re.I)
WIKIPEDIA_ENTRY = re.compile(r"^(?P<name>[^,(]+?),\s*(?P<title>[^(]+?)\s*\((?P<years>[^)]*)\)\s*$")
WIKIPEDIA_TITLE_ONLY = re.compile(r"^(?P<title>[^(,]+?)\s*\((?P<years>[^)]*)\)\s*$")
# The 21st-century list first (its rows were the only ones before leaders since 1945 were added).
WIKIPEDIA_PAGES = {"List_of_state_leaders_in_the_21st_century.md": WIKIPEDIA_SOURCE,
                   "List_of_state_leaders_in_the_20th_century_(1951-2000).md": WIKIPEDIA_20TH_SOURCE}
YEARS = re.compile(r"^(\d{4})(?:\s*[–-]\s*(\d{4}|present))?$")


def seats(role):
    return ["head_of_state", "head_of_government"] if role == "head_of_state_and_government" else [role]


def parse_day(text):
    """A Wikidata xsd:dateTime's day; None for an empty cell or a date before year 1000 (ancient rulers)."""
    return date.fromisoformat(text[:10]) if re.match(r"^\d{4}-\d\d-\d\d", text or "") else None


def free_pieces(tenures, country, role, start, end, person):
    """The parts of [start, end) during which every seat of `role` in `country` is free of other
    people (acting holders excepted) and not already held by `person`."""
    busy = []
    for t in tenures:
        if t["country"] != country or not set(seats(t["role"])) & set(seats(role)):
            continue
        if t["title"].startswith("Acting") and t["leader_id"] != person:
            continue
        s = date.fromisoformat(t["start_date"])
        e = date.fromisoformat(t["end_date"]) if t["end_date"] else date.max
        busy.append((s, e))
    pieces = [(start, end or date.max)]
    for s, e in busy:
        nxt = []
        for a, b in pieces:
            if e <= a or s >= b:
                nxt.append((a, b))
                continue
            if a < s:
                nxt.append((a, s))
            if e < b:
                nxt.append((e, b))
        pieces = nxt
    return [(a, None) if b == date.max else (a, b) for a, b in pieces
            if b == date.max or (b - a).days >= MIN_DAYS]


def read_geografia(path, members):
    """One entry per person: QID, label, and their tenures (country, role, start, end)."""
    people = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            qid = row["person_qid"]
            # Wikidata writes some names with a non-breaking hyphen ("Lai Ching\u2011te"); news text uses "-"
            label = PT_LABELS.get(qid, row["person"].strip()).replace("\u2011", "-").replace("\u2010", "-")
            if (row["iso3"] not in members or row["iso3"] in SKIPPED_COUNTRIES or not row["start"] or qid in SKIPPED_QIDS
                    or re.fullmatch(r"Q\d+", label)):
                continue
            start, end = parse_day(row["start"]), parse_day(row["end"])
            if start is None:
                continue
            if (end is not None and end < EARLIEST_END) or start > LATEST_START:
                continue
            if end is not None and end <= start:
                end = start + timedelta(days=1)
            person = people.setdefault(qid, {"qid": qid, "name": label, "spells": []})
            person["spells"].append({"country": row["iso3"], "role": row["role"], "start": start, "end": end})
    for person in people.values():
        person["spells"] = merge_spells(person["spells"])
    return people


def merge_spells(spells):
    """Drops duplicates (an open row beside a closed one with the same start; a row inside another)
    and joins head of state and head of government spells with the same dates into one."""
    kept = []
    for s in sorted(spells, key=lambda s: (s["country"], s["role"], s["start"], s["end"] is None)):
        covered = any(k["country"] == s["country"] and k["role"] == s["role"] and k["start"] <= s["start"]
                      and (k["end"] is None or (s["end"] is not None and s["end"] <= k["end"]))
                      for k in kept)
        same_start = any(k["country"] == s["country"] and k["role"] == s["role"] and k["start"] == s["start"]
                         for k in kept)
        if not covered and not same_start:
            kept.append(s)
        elif s["end"] is None and same_start:  # Wikidata holds an open and a closed row: unsure it ended
            for k in kept:
                if k["country"] == s["country"] and k["role"] == s["role"] and k["start"] == s["start"]:
                    k["also_open"] = True
    joined = []
    for s in kept:
        twin = next((j for j in joined if j["country"] == s["country"] and {j["role"], s["role"]} ==
                     {"head_of_state", "head_of_government"} and abs((j["start"] - s["start"]).days) <= 7
                     and ((j["end"] is None and s["end"] is None) or
                          (j["end"] and s["end"] and abs((j["end"] - s["end"]).days) <= 7))), None)
        if twin:
            twin["role"] = "head_of_state_and_government"
        else:
            joined.append(dict(s))
    return joined


def read_wikipedia(path, country_of):
    """Tenure lines of the 21st-century list: (iso3, name, title, start_year, end_year or None)."""
    entries = []
    polity = None
    person = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("-   "):
                polity = country_of(line[4:].strip())
                continue
            m = re.match(r"^(:+)\*(.*)$", line)
            if not m or polity is None:
                continue
            depth, body = len(m.group(1)), re.sub(r"_|\[[^\]]*\]", "", m.group(2)).strip()
            if depth == 1:
                person = None
                continue
            entry = WIKIPEDIA_ENTRY.match(body) if depth == 2 else None
            if depth == 2 and entry is None:
                person = body if re.match(r"^[A-ZÀ-Ž]", body) and "(" not in body else None
                continue
            if depth >= 3:
                entry = WIKIPEDIA_TITLE_ONLY.match(body)
                if entry is None or person is None:
                    continue
                name = person
            else:
                name = HONORIFIC.sub("", entry.group("name").strip())  # "Sir Robert Menzies" is "Robert Menzies"
            # "(1974–1976, 1986–1988)": one entry per term
            for term in entry.group("years").split(","):
                years = YEARS.match(term.strip())
                if years is None:
                    continue
                start_year = int(years.group(1))
                end = years.group(2)
                end_year = start_year if end is None else (None if end == "present" else int(end))
                entries.append((polity, name, entry.group("title").strip(), start_year, end_year))
    return entries


def polity_country(heading, country_names):
    """The ISO3 code of a polity heading: "Japan", "France: French Fifth Republic" (the 20th-century page)."""
    # "Ghana (complete list) –", "Syrian Arab Republic (1961–present)", "Malawi (Commonwealth realm) :"
    plain = re.sub(r"\s*\((?:complete list|Commonwealth realm|\d{4}|North|South)[^)]*\)", "", heading)
    plain = re.sub(r"\s*\([^)]*\)\s*$", "", plain.strip(" –:"))
    plain = re.sub(r"\s*[–:]$", "", plain.strip()).strip()
    if plain in WIKIPEDIA_SKIPPED_POLITY:
        return None
    forms = [heading, plain, plain.split(":")[0].strip(), STATE_FORM.sub("", plain),
             STATE_FORM.sub("", plain.split(":")[0].strip())]
    for name in forms:
        iso3 = WIKIPEDIA_POLITY.get(name, country_names.get(name))
        if iso3:
            return iso3
    return None


def wikipedia_role(title, source=None):
    if source == WIKIPEDIA_20TH_SOURCE and PARTY_LEADER.match(title):
        return "effective_leader"  # party chiefs, China's paramount leader (the 21st-century page's are curated)
    if source == WIKIPEDIA_20TH_SOURCE and re.match(r"Chairman of the Council of Ministers", title):
        return "head_of_government"  # the Soviet premier (Ryzhkov)
    if WIKIPEDIA_SKIPPED_TITLE.search(title):
        return None
    if re.search(r"Supreme Leader", title, re.I):
        return "supreme_leader"
    if WIKIPEDIA_HEAD_OF_GOVERNMENT.search(title):
        return "head_of_government"
    if WIKIPEDIA_HEAD_OF_STATE.search(title):
        return "head_of_state"
    return None


def term_end(spell, spells):
    """When the person left the seat `spell` is in: spells of theirs in the same seat that follow
    within half a year (re-election, a caretaker spell, acting before elected) continue it. None
    while they hold it, or when Wikidata also keeps the spell open."""
    if spell.get("also_open"):
        return None
    end = spell["end"]
    while end is not None:
        nxt = [s for s in spells if s is not spell and s["country"] == spell["country"]
               and set(seats(s["role"])) & set(seats(spell["role"])) and s["start"] <= end + timedelta(days=183)
               and (s["end"] is None or s["end"] > end)]
        if not nxt:
            return end
        if any(s["end"] is None or s.get("also_open") for s in nxt):
            return None
        end = max(s["end"] for s in nxt)
    return None


def close_ended_terms(people, tenures, find):
    """The 2021 snapshot leaves open the terms of those in office then; Wikidata 2025 knows when many
    of them ended (Qatar's prime minister in 2023, Niger's in the coup of 2023). Such a term ends on
    the day Wikidata gives, so that the successor's term fits and the date resolves to who held the
    seat. Only snapshot terms are closed: curated and team rows stand. Returns how many were closed."""
    closed = 0
    for person in people.values():
        for spell in person["spells"]:
            end = term_end(spell, person["spells"])
            if end is None:
                continue
            country = spell["country"]
            lid = find(person["name"], person["qid"], country, [(spell["start"], end)])
            if lid is None:
                continue
            ending = [t for t in tenures if t["leader_id"] == lid and t["country"] == country
                      and not t["end_date"] and SNAPSHOT_SOURCES.search(t["source"])
                      and set(seats(t["role"])) & set(seats(spell["role"]))
                      and spell["start"] - timedelta(days=400) <= date.fromisoformat(t["start_date"]) < spell["end"]]
            for t in ending:
                t["end_date"] = end.isoformat()
                closed += 1
            # REIGN's open "effective leader" term ends with the last state office, not before (Erdogan
            # left the premiership for the presidency).
            still = any(s["country"] == country and s["end"] is None for s in person["spells"]) or any(
                t["leader_id"] == lid and t["country"] == country and not t["end_date"] and t["role"] != "effective_leader"
                for t in tenures)
            if ending and not still:
                last = max(s["end"] for s in person["spells"] if s["country"] == country)
                for t in tenures:
                    if (t["leader_id"] == lid and t["country"] == country and not t["end_date"]
                            and t["role"] == "effective_leader" and date.fromisoformat(t["start_date"]) < last):
                        t["end_date"] = last.isoformat()
                        closed += 1
    return closed


def enrich(sources_dir, leaders, tenures, members, country_names, qids, helpers):
    """Adds full names, Wikidata ids and tenures from both sources to `leaders` and `tenures` in place."""
    slug, fold, surname, make_leader, log = (helpers["slug"], helpers["fold"], helpers["surname"],
                                             helpers["leader"], helpers["log"])

    def key(name):
        return re.sub(r"[\s\-‐]+", " ", fold(name).lower().replace("’", "'")).strip()

    def rename(old, name, qid):
        """A surname-only leader gets the full name; the old name stays as an alias."""
        new = slug(name)
        row = leaders.pop(old)
        if new in leaders:  # already there under the full name: merge the two
            target = leaders[new]
        else:
            target = dict(row, id=new, name=name, aliases="")
            leaders[new] = target
        aliases = [a for a in target["aliases"].split("|") if a]
        for a in [row["name"]] + [a for a in row["aliases"].split("|") if a]:
            if a and a != target["name"] and a not in aliases:
                aliases.append(a)
        target["aliases"] = "|".join(aliases)
        target["source"] = target["source"] if "Wikidata" in target["source"] else target["source"] + "; " + WIKIDATA_SOURCE
        for t in tenures:
            if t["leader_id"] == old:
                t["leader_id"] = new
        if qid:
            qids[new] = qid
        return new

    def overlaps(lid, country, start, end):
        for t in tenures:
            if t["leader_id"] == lid and t["country"] == country:
                s = date.fromisoformat(t["start_date"])
                e = date.fromisoformat(t["end_date"]) if t["end_date"] else date.max
                slack = timedelta(days=400)
                if (end is None or s - slack <= end) and (e == date.max or start - slack <= e):
                    return True
        return False

    def same_number(a, b):
        """No two regnal numbers that differ ("john paul i", "john paul ii"); one name without is no conflict."""
        x, y = (w[-1] if len(w) > 1 and re.fullmatch(r"[ivx]+", w[-1]) else "" for w in (a, b))
        return not x or not y or x == y

    def find(name, qid, country, spells):
        """The existing leader this person is, or None. `spells`: (start, end) pairs of the person's terms."""
        by_qid = next((lid for lid, q in qids.items() if q == qid and lid in leaders), None) if qid else None
        if by_qid:
            return by_qid
        wanted = key(name)
        here = {t["leader_id"] for t in tenures if t["country"] == country}
        for lid, row in leaders.items():
            names = [row["name"]] + [a for a in row["aliases"].split("|") if " " in a.strip()]
            if lid in here and any(key(n) == wanted for n in names):
                return lid
        # The same first and last word in the same country and time: "Pierre Trudeau", "Pierre Elliott Trudeau".
        words = wanted.split(" ")
        for lid, row in leaders.items():
            mine = key(row["name"]).split(" ")
            # not where the family name comes first: Han Seung-soo is not Han Duck-soo
            if (lid in here and len(words) > 1 and len(mine) > 1 and mine[0] == words[0] and mine[-1] == words[-1]
                    and same_number(mine, words) and country not in FAMILY_NAME_FIRST
                    and any(overlaps(lid, country, a, b) for a, b in spells)):  # not George H. W. and George W.
                return lid
        # A spelling variant of a name in the same country and time ("Prayuth Chan-ocha", "Prayut Chan-o-cha").
        for lid, row in leaders.items():
            if lid in here and " " in row["name"].strip() and any(overlaps(lid, country, a, b) for a, b in spells):
                mine = key(row["name"])
                # never across regnal numbers: Pope John Paul II is not John Paul I, whose term ended weeks before
                if (difflib.SequenceMatcher(None, mine, wanted).ratio() >= 0.85 and mine.split(" ")[0][:1] == wanted.split(" ")[0][:1]
                        and same_number(mine.split(" "), wanted.split(" "))):
                    return lid
        # A surname-only row (REIGN) in the same country and time: the same person.
        last = key(surname(name))
        tail = key(name).split(" ")
        for lid, row in leaders.items():
            if " " in row["name"].strip() or lid not in here:
                continue
            mine = key(row["name"])
            if (mine == last or mine == " ".join(tail[-len(mine.split(" ")):])) and any(overlaps(lid, country, a, b) for a, b in spells):
                return lid
        return None

    def overlap_days(lid, country, role, start, end):
        """Days of [start, end) that `lid` already holds a seat of `role` in `country`."""
        days = 0
        for t in tenures:
            if t["leader_id"] == lid and t["country"] == country and set(seats(t["role"])) & set(seats(role)):
                a = max(start, date.fromisoformat(t["start_date"]))
                b = min(end, date.fromisoformat(t["end_date"]) if t["end_date"] else date.max)
                days += max(0, (b - a).days)
        return days

    def add_tenure(lid, country, role, title, start, end, source):
        pieces = free_pieces(tenures, country, role, start, end, lid)
        if not pieces and role == "head_of_government":
            # The seat is held by a president who heads the government: a prime minister beside them.
            role = "prime_minister"
            pieces = free_pieces(tenures, country, role, start, end, lid)
        for a, b in pieces:
            tenures.append({"leader_id": lid, "country": country, "role": role, "title": title,
                            "start_date": a.isoformat(), "end_date": b.isoformat() if b else "", "source": source})
        return len(pieces)

    renamed = added_people = added_tenures = 0
    people = read_geografia(os.path.join(sources_dir, "wikidata-geografia", "leaders_history.csv"), members)
    closed = close_ended_terms(people, tenures, find)
    for person in sorted(people.values(), key=lambda p: min(s["start"] for s in p["spells"])):
        first = min(person["spells"], key=lambda s: s["start"])
        lid = find(person["name"], person["qid"], first["country"],
                   [(s["start"], s["end"]) for s in person["spells"] if s["country"] == first["country"]])
        if lid is not None and " " not in leaders[lid]["name"].strip() and " " in person["name"]:
            lid = rename(lid, person["name"], person["qid"])
            renamed += 1
        elif lid is not None:
            qids.setdefault(lid, person["qid"])
            if key(person["name"]) != key(leaders[lid]["name"]):
                aliases = [a for a in leaders[lid]["aliases"].split("|") if a]
                if person["name"] not in aliases:
                    leaders[lid]["aliases"] = "|".join(aliases + [person["name"]])
        for spell in person["spells"]:
            title = {"head_of_state": "Head of state", "head_of_government": "Head of government",
                     "head_of_state_and_government": "Head of state and government"}[spell["role"]]
            candidate = lid or slug(person["name"])
            if not free_pieces(tenures, spell["country"], spell["role"], spell["start"], spell["end"], candidate):
                continue
            if lid is None:
                if slug(person["name"]) in leaders and qids.get(slug(person["name"])) not in (None, person["qid"]):
                    log(f"full names: {person['name']} ({person['qid']}) shares an id with another person; skipped")
                    break
                # "Pope Francis" is also "Francis" to nobody; "John Paul II" without the title is his name.
                regnal = [person["name"][5:]] if person["name"].startswith("Pope ") and " " in person["name"][5:] else []
                lid = make_leader(person["name"], spell["country"], regnal, WIKIDATA_SOURCE)
                qids[lid] = person["qid"]
                added_people += 1
            added_tenures += add_tenure(lid, spell["country"], spell["role"], title, spell["start"], spell["end"],
                                        WIKIDATA_SOURCE)

    wiki_people = wiki_tenures = 0
    lists = os.path.join(sources_dir, "wikipedia-state-leaders-lists")
    entries = []
    for page, source in WIKIPEDIA_PAGES.items():
        entries += [entry + (source,) for entry in
                    read_wikipedia(os.path.join(lists, page), lambda p: polity_country(p, country_names))]
    for iso3, name, title, start_year, end_year, source in entries:
        role = wikipedia_role(title, source)
        if iso3 not in members or iso3 in SKIPPED_COUNTRIES or role is None or not re.search(r"\s", name):
            continue
        acting = re.search(r"Acting|Interim|Transitional", title, re.I)
        start = date(start_year, 1, 1)
        end = date(end_year + 1, 1, 1) if end_year else date(2019, 7, 1)  # "present" in the mid-2019 text
        lid = find(name, None, iso3, [(start, end)])
        party_chief_known = lid is not None and role == "effective_leader"  # their state offices stand
        if lid is not None and not acting and not party_chief_known and overlap_days(lid, iso3, role, start, end) < 180:
            # A known person in an office the other sources do not give them (Mahinda Rajapaksa as PM).
            wiki_tenures += add_tenure(lid, iso3, role, title[0].upper() + title[1:], start, end, source)
        if lid is not None:
            if " " not in leaders[lid]["name"].strip():
                lid = rename(lid, name, None)
                renamed += 1
            if key(name) != key(leaders[lid]["name"]):  # a spelling variant: an alias
                aliases = [a for a in leaders[lid]["aliases"].split("|") if a]
                if name not in aliases:
                    leaders[lid]["aliases"] = "|".join(aliases + [name])
            continue  # known person: Wikidata's or the curated dates stand
        if acting:
            continue  # an acting holder with years only cannot be placed beside the holder they stood in for
        pieces = free_pieces(tenures, iso3, role, start, end, slug(name))
        if not pieces and role == "head_of_government":
            pieces = free_pieces(tenures, iso3, "prime_minister", start, end, slug(name))
        if not pieces:
            continue
        lid = make_leader(name, iso3, [], source)
        wiki_people += 1
        wiki_tenures += add_tenure(lid, iso3, role, title[0].upper() + title[1:], start, end, source)

    # A REIGN surname row left beside the same person's full-name row (a later term, another start year).
    merged = 0
    for lid in [l for l, row in leaders.items() if " " not in row["name"].strip()]:
        if lid in REIGN_FULL_NAMES:
            rename(lid, REIGN_FULL_NAMES[lid], None)
            merged += 1
            continue
        mine = key(leaders[lid]["name"])
        width = len(mine.split(" "))
        own = [t for t in tenures if t["leader_id"] == lid]
        places = {t["country"] for t in own}
        here = {t["leader_id"] for t in tenures if t["country"] in places}
        candidates = [o for o in here if o != lid and " " in leaders[o]["name"].strip()
                      and (" ".join(key(leaders[o]["name"]).split(" ")[-width:]) == mine
                           or (width == 1 and mine in key(leaders[o]["name"]).split(" "))
                           or any(key(a) == mine for a in leaders[o]["aliases"].split("|") if a))]
        if len(candidates) > 1:
            candidates = [o for o in candidates if any(overlaps(o, t["country"], date.fromisoformat(t["start_date"]),
                          date.fromisoformat(t["end_date"]) if t["end_date"] else None) for t in own)]
        if len(candidates) == 1:
            rename(lid, leaders[candidates[0]]["name"], None)
            merged += 1
    log(f"full names: {merged} surname-only rows merged into the same person's full-name row")

    def spans_of(lid):
        return [(date.fromisoformat(t["start_date"]), date.fromisoformat(t["end_date"]) if t["end_date"] else date(2026, 1, 1))
                for t in tenures if t["leader_id"] == lid]

    def held_days(lid):
        return sum((b - a).days for a, b in spans_of(lid))

    def shared_days(a_id, b_id):
        return sum(max(0, (min(b, d) - max(a, c)).days) for a, b in spans_of(a_id) for c, d in spans_of(b_id))

    # REIGN's rows of two or more words beside the same person's fuller row: a compound surname
    # ("Paz Estenssoro", "Rodriguez Zapatero"), a name without the given name ("Abdelrahman Burhan") or
    # in another order ("Bhutto Benazir"); and the Wikipedia lists' rows without a second surname
    # ("Charan Singh" beside Wikidata's "Choudhary Charan Singh"), never where the family name comes
    # first ("Kim Il" is not "Kim Il Sung"); or either with more names than Wikidata's usual one
    # ("Ricardo Lagos Escobar" is "Ricardo Lagos"). One candidate only, in the same country and time.
    for old, name in SAME_PERSON.items():
        if old in leaders and slug(name) in leaders:
            rename(old, name, None)
    joined = 0
    for lid in [l for l, row in leaders.items() if " " in row["name"].strip() and not qids.get(l)
                and (row["source"].startswith("REIGN") or row["source"].startswith("English Wikipedia")
                     and row["primary_country"] not in FAMILY_NAME_FIRST)]:
        if lid not in leaders:
            continue
        mine = key(leaders[lid]["name"]).split(" ")
        own = [t for t in tenures if t["leader_id"] == lid]
        places = {t["country"] for t in own}
        here = {t["leader_id"] for t in tenures if t["country"] in places}
        candidates = []
        for o in here:
            theirs = key(leaders[o]["name"]).split(" ")
            if o == lid or theirs == mine or leaders[o]["source"].startswith("REIGN"):
                continue
            fuller = len(theirs) >= len(mine) and (theirs[-len(mine):] == mine or set(mine) <= set(theirs))
            # Wikidata's usual name inside a longer one: "Ricardo Lagos" for REIGN's "Ricardo Lagos Escobar"
            usual = (qids.get(o) and 2 <= len(theirs) < len(mine) and leaders[lid]["primary_country"] not in FAMILY_NAME_FIRST
                     and (mine[:len(theirs)] == theirs or mine[-len(theirs):] == theirs))
            if (fuller or usual) and shared_days(lid, o) * 2 >= held_days(lid):
                candidates.append(o)  # in office together for half of the row's time at least: not father and son
        if len(candidates) == 1:
            target = leaders[candidates[0]]["name"]
            extra = {a for a in leaders[lid]["aliases"].split("|") if a and " " not in a
                     and not set(key(a).split(" ")) <= set(key(target).split(" "))}
            new = rename(lid, target, None)
            # the longer name's last word is no name of the person news knows ("Escobar" for Ricardo Lagos)
            leaders[new]["aliases"] = "|".join(a for a in leaders[new]["aliases"].split("|") if a not in extra)
            joined += 1
    log(f"full names: {joined} REIGN and Wikipedia-list rows of several words merged into the same person's row")

    # REIGN's rows by initials and a surname ("B. Cowen", "A. N. R. Robinson", "G. Rajapakse"): the one
    # row of the same country whose given names begin with those letters and whose surname is the same
    # once folded, or but for its last letter ("Brian Cowen", "Adrian Năstase", "Gotabaya Rajapaksa"),
    # in office together for half of the row's time at least (so not Ilham Aliyev for H. Aliyev).
    by_initials = 0
    for lid in [l for l, row in leaders.items() if row["source"].startswith("REIGN") and not qids.get(l)
                and re.fullmatch(r"(?:[A-Z]\. ?)+[^\s.]+", row["name"].strip())]:
        words = key(leaders[lid]["name"]).replace(".", " ").split()
        letters, last = words[:-1], words[-1]
        places = {t["country"] for t in tenures if t["leader_id"] == lid}
        candidates = []
        for o in {t["leader_id"] for t in tenures if t["country"] in places}:
            theirs = key(leaders[o]["name"]).split(" ")
            if o == lid or len(theirs) <= len(letters) or leaders[o]["source"].startswith("REIGN"):
                continue
            same_surname = theirs[-1] == last or len(last) >= 6 and theirs[-1][:-1] == last[:-1]
            if (same_surname and [w[0] for w in theirs[:len(letters)]] == letters
                    and shared_days(lid, o) * 2 >= held_days(lid)):
                candidates.append(o)
        if len(candidates) == 1:
            rename(lid, leaders[candidates[0]]["name"], None)
            by_initials += 1
    log(f"full names: {by_initials} REIGN rows by initials merged into the same person's row")

    for lid, extra in EXTRA_ALIASES.items():
        if lid in leaders:
            aliases = [a for a in leaders[lid]["aliases"].split("|") if a]
            leaders[lid]["aliases"] = "|".join(aliases + [a for a in extra if a not in aliases])

    surname_only = sorted(l["id"] for l in leaders.values() if " " not in l["name"].strip() and l["id"] not in MONONYMS)
    log(f"full names: {closed} terms left open by the 2021 snapshots closed; {renamed} surname-only leaders renamed,"
        f" {added_people} people and {added_tenures} tenures from Wikidata, {wiki_people} people and {wiki_tenures} tenures from Wikipedia;"
        f" {len(surname_only)} still known by one name: {' '.join(surname_only)}")
    return surname_only
