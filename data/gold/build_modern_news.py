#!/usr/bin/env python3
"""Writes modern-news.jsonl: the project's development set of recent news (2023-2025: technology,
business, politics, sport, entertainment, health), for evaluate-linking, labelled for people,
organisations and leaders.

The texts are the project's own: news reports written by the team in the manner of wire and
newspaper copy about real events and people of 2023-2025, so each record carries its text. They
exist because the other dev sets are older (Reuters 1987, BBC 2004-05) and the name tagger was
trained on older news: these test names of today (Nvidia, OpenAI, Lamine Yamal, Reform UK).
Each text was labelled as it was written, before the job's output on it was looked at.
Run: jobs/news-stats evaluate-linking --gold data/gold/modern-news.jsonl

Labelling rules: as general-news.jsonl's (build_general_news.py). Platforms and services named as
products (ChatGPT, Blackwell chips) are not organisations; a seat of power (Kremlin, Downing Street)
is its country; national sides named by their country are the country.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, published, people, organizations, leaders, text): names separated by "; ", a name's other forms by "|"
ARTICLES = [
    ('modern-01', '2024-05-23',
     'Jensen Huang|Huang; Stacy Rasgon; Colette Kress',
     'Nvidia; LSEG; Microsoft; Meta; Amazon Web Services; Advanced Micro Devices; Taiwan Semiconductor'
     ' Manufacturing Co; Bernstein; Federal Trade Commission; European Commission',
     '',
     "Nvidia shares jumped 9% on Thursday after the chipmaker forecast second-quarter revenue of $28"
     " billion, well above what analysts polled by LSEG had expected. Chief executive Jensen Huang told"
     " investors that demand for its Blackwell processors from Microsoft, Meta and Amazon Web Services"
     " would outstrip supply into next year. \"The next industrial revolution has begun,\" Huang said on a"
     " call with analysts. Shares of rival Advanced Micro Devices rose 2%, while Taiwan Semiconductor"
     " Manufacturing Co, which makes Nvidia's chips, gained 1.5% in Taipei.\n\nStacy Rasgon, an analyst at"
     " Bernstein, said the results \"put to rest\" fears that spending on artificial intelligence was"
     " slowing. The company also announced a ten-for-one stock split. Nvidia has been under scrutiny from"
     " the Federal Trade Commission and the European Commission over its dominance of the market for AI"
     " chips. Colette Kress, the chief financial officer, said China now accounted for a much smaller share"
     " of data-centre revenue because of US export controls."),
    ('modern-02', '2023-11-20',
     'Sam Altman|Altman; Satya Nadella|Nadella; Greg Brockman; Ilya Sutskever; Emmett Shear',
     'Microsoft; OpenAI; Twitch; Thrive Capital; Sequoia Capital',
     '',
     "Sam Altman will join Microsoft to lead a new advanced artificial intelligence research team,"
     " Microsoft chief executive Satya Nadella said on Monday, days after Altman was ousted from OpenAI by"
     " its board. Greg Brockman, the OpenAI president who quit in protest, will join him.\n\nMore than 500"
     " of OpenAI's roughly 770 employees signed a letter threatening to leave unless the board resigned,"
     " among them Ilya Sutskever, the chief scientist who had helped remove Altman. OpenAI named Emmett"
     " Shear, a co-founder of the streaming site Twitch, as interim chief executive. Investors including"
     " Thrive Capital and Sequoia Capital had pushed for Altman's return.\n\n\"We remain committed to our"
     " partnership with OpenAI,\" Nadella wrote in a post. Shares of Microsoft rose 2% to a record high."
     " The turmoil has raised questions about the governance of the company behind ChatGPT, which is"
     " controlled by a non-profit."),
    ('modern-03', '2024-07-15',
     'Nico Williams; Lamine Yamal|Yamal; Cole Palmer; Mikel Oyarzabal; Luis de la Fuente;'
     ' Gareth Southgate|Southgate; Rodri; Harry Kane',
     'Manchester City; Football Association; Barcelona',
     '',
     "Spain won a record fourth European Championship on Sunday, beating England 2-1 in Berlin. Nico"
     " Williams put Spain ahead early in the second half after a pass from Lamine Yamal, who turned 17 the"
     " day before the final. Cole Palmer equalised for England with a low shot from outside the area, but"
     " Mikel Oyarzabal scored the winner four minutes from time.\n\n\"We showed we are the best team in"
     " Europe,\" said Spain coach Luis de la Fuente. England manager Gareth Southgate, whose side also lost"
     " the final three years ago, said he would take time to consider his future. Rodri, the Manchester"
     " City midfielder, was named player of the tournament. The Football Association said it would not"
     " comment on Southgate's position until after the summer. Yamal, who plays for Barcelona, won the"
     " award for the best young player, while Harry Kane shared the golden boot with five others."),
    ('modern-04', '2024-02-26',
     'Rustem Umerov; Mike Johnson; Jake Sullivan',
     'Nato; European Union; House of Representatives|US House of Representatives; Congress;'
     ' Amnesty International',
     'emmanuel-macron olaf-scholz jens-stoltenberg',
     "European leaders gathered in Paris on Monday to discuss fresh support for Ukraine, two years after"
     " Russia's full-scale invasion. French President Emmanuel Macron said sending Western ground troops"
     " could not be \"ruled out\", a remark swiftly rejected by German Chancellor Olaf Scholz. Nato"
     " Secretary General Jens Stoltenberg said the alliance had no plans to deploy combat troops.\n\nIn Kyiv,"
     " Ukraine's Defence Minister Rustem Umerov said shortages of artillery shells were costing lives on the"
     " front near Avdiivka. The Kremlin warned that a conflict between Russia and Nato would be inevitable"
     " if troops were sent. The European Union has pledged 50 billion euros in aid, while a $60 billion"
     " package remains stalled in the US House of Representatives, where Speaker Mike Johnson has refused"
     " to bring it to a vote. Jake Sullivan, the US national security adviser, urged Congress to act."
     " Amnesty International said attacks on Ukraine's energy grid had left millions without power through"
     " the winter."),
    ('modern-05', '2023-09-12',
     'Tamer Ramadan; Khalifa Haftar; Othman Abduljaleel',
     'International Federation of Red Cross and Red Crescent Societies; Government of National Unity;'
     ' World Health Organization; World Meteorological Organization; Libyan Red Crescent; UN',
     'abdulhamid-dbeibeh',
     "Thousands of people are feared dead after Storm Daniel caused two dams to burst above the Libyan city"
     " of Derna, sweeping entire neighbourhoods into the sea. Tamer Ramadan, who leads the Libya delegation"
     " of the International Federation of Red Cross and Red Crescent Societies, said at least 10,000 people"
     " were missing.\n\nLibya is split between the UN-recognised Government of National Unity in Tripoli,"
     " led by Abdul Hamid Dbeibah, and a rival administration in the east backed by the commander Khalifa"
     " Haftar. Othman Abduljaleel, health minister in the eastern government, said bodies were still being"
     " recovered from the rubble. The World Health Organization sent supplies from its hub in Benghazi, and"
     " Egypt and Turkey dispatched rescue teams. Experts at the World Meteorological Organization said many"
     " deaths could have been avoided with a working warning system. The Libyan Red Crescent said three of"
     " its volunteers had died."),
    ('modern-06', '2024-10-02',
     'Taylor Swift|Swift; Scooter Braun; Elton John; Rihanna; Jay-Z; Beyoncé',
     'Forbes; Fenty Beauty; Republic Records; Universal Music Group; Coldplay; Oasis; Ticketmaster;'
     ' Competition and Markets Authority',
     '',
     "Taylor Swift has become the richest female musician in the world, according to Forbes, with an"
     " estimated fortune of $1.6 billion. The magazine said about half of it came from her music catalogue,"
     " which she has been re-recording since a dispute with the manager Scooter Braun over the rights to her"
     " first six albums. Her Eras Tour, which has grossed more than $2 billion, is the highest-grossing"
     " concert tour ever, ahead of Elton John's farewell tour.\n\nRihanna, whose wealth comes mostly from the"
     " cosmetics company Fenty Beauty, is second on the list. The rapper Jay-Z and his wife Beyoncé were"
     " ranked among the richest couples in entertainment. Swift's label, Republic Records, part of Universal"
     " Music Group, declined to comment. Meanwhile, the band Coldplay announced twelve more dates for next"
     " year, and Oasis said tickets for its reunion shows had sold out within hours, although Ticketmaster"
     " faced an inquiry by the Competition and Markets Authority over the way it priced them."),
    ('modern-07', '2025-01-08',
     'Mark Zuckerberg|Zuckerberg; Joel Kaplan; Nick Clegg; Dana White',
     'Meta; International Fact-Checking Network; Democrats; Congress; Fox News;'
     ' Ultimate Fighting Championship; European Commission',
     'george-w-bush donald-trump',
     "Meta will end its fact-checking programme in the United States and replace it with community notes"
     " similar to those used on rival platforms, chief executive Mark Zuckerberg said on Tuesday. The"
     " change, which Zuckerberg said was meant to restore \"free expression\", drew criticism from the"
     " International Fact-Checking Network and from Democrats in Congress.\n\nJoel Kaplan, a former aide to"
     " George W. Bush who recently replaced Nick Clegg as the company's head of global affairs, told Fox News"
     " the old system had gone \"too far\". The move came weeks before the inauguration of Donald Trump,"
     " whose allies had accused the company's platforms of censoring conservatives. Dana White, the head of"
     " the Ultimate Fighting Championship and a friend of Trump's, joined Meta's board this week. Shares of"
     " Meta closed up 0.4% in New York. The European Commission said the company would still have to comply"
     " with the Digital Services Act in Europe."),
    ('modern-08', '2024-04-20',
     'Rahul Gandhi; Arvind Kejriwal',
     'Bharatiya Janata Party|BJP; Lok Sabha; Indian National Congress; Aam Aadmi Party;'
     ' Enforcement Directorate; Election Commission of India; Centre for the Study of Developing Societies',
     'narendra-modi',
     "Voting began on Friday in India's general election, the largest the world has seen, with almost 970"
     " million people eligible to vote over six weeks. Prime Minister Narendra Modi is seeking a third term"
     " for his Bharatiya Janata Party, which won 303 of the 543 seats in the Lok Sabha five years ago.\n\nThe"
     " opposition alliance is led by the Indian National Congress, whose leader Rahul Gandhi has accused the"
     " government of using tax agencies against its rivals. Arvind Kejriwal, the chief minister of Delhi and"
     " head of the Aam Aadmi Party, was arrested last month by the Enforcement Directorate in a corruption"
     " case he says is politically motivated. The Election Commission of India said turnout in the first"
     " phase was about 65%. Analysts at the Centre for the Study of Developing Societies expect the BJP to"
     " win comfortably. Results will be announced on June 4."),
    ('modern-09', '2024-03-14',
     'Rohit Loomba; Paul Friedman',
     'US Food and Drug Administration|Food and Drug Administration; Madrigal Pharmaceuticals|Madrigal;'
     ' University of California, San Diego|University of California; Novo Nordisk; Eli Lilly;'
     ' Institute for Clinical and Economic Review; European Medicines Agency;'
     ' National Institute for Health and Care Excellence; NHS',
     '',
     "The US Food and Drug Administration has approved the first drug to treat a liver disease that affects"
     " millions of Americans, sending shares of Madrigal Pharmaceuticals up 15%. The pill, Rezdiffra, is for"
     " people with a severe form of fatty liver disease known as Nash.\n\n\"This is a big moment for"
     " patients,\" said Dr Rohit Loomba, a hepatologist at the University of California, San Diego, who led"
     " some of the trials. Novo Nordisk and Eli Lilly, the makers of the weight-loss drugs Wegovy and"
     " Zepbound, are testing whether their medicines also help the liver. Paul Friedman, Madrigal's chief"
     " executive, said the company would launch the drug in April at a price of about $47,000 a year. The"
     " Institute for Clinical and Economic Review said that price was too high. In Europe, the European"
     " Medicines Agency is reviewing the drug, and Britain's National Institute for Health and Care"
     " Excellence has not yet said whether the NHS will pay for it."),
    ('modern-10', '2025-03-10',
     'Luis Caputo; Kristalina Georgieva',
     'International Monetary Fund; Peronists; General Confederation of Labour; Petrobras; JPMorgan Chase',
     'javier-milei cristina-fernandez-de-kirchner luiz-inacio-lula-da-silva',
     "Argentina's President Javier Milei said on Monday that his government had reached a preliminary deal"
     " with the International Monetary Fund for a new loan, as he seeks to lift currency controls before"
     " October's midterm elections. Economy Minister Luis Caputo said the agreement would let the central"
     " bank rebuild its reserves. The fund's managing director, Kristalina Georgieva, praised the"
     " government's \"impressive progress\" in cutting inflation, which fell from 211% in 2023 to 66% last"
     " month.\n\nCristina Fernández de Kirchner, the former president who leads the opposition Peronists,"
     " called the deal \"a new debt for our children\". The General Confederation of Labour has called a"
     " strike for April. In Brazil, Luiz Inácio Lula da Silva's government said it would watch the deal"
     " closely; Brazil's state oil company Petrobras has been expanding in Argentina's Vaca Muerta shale"
     " field. JPMorgan Chase economists said the peso could weaken by 15% once controls are lifted."),
    ('modern-11', '2023-06-25',
     'Yevgeny Prigozhin|Prigozhin; Dmitry Peskov; Sergei Shoigu; Valery Gerasimov; Antony Blinken',
     'Wagner; Federal Security Service; CBS News; Institute for the Study of War',
     'vladimir-putin alexander-lukashenko',
     "Yevgeny Prigozhin, the head of the Wagner mercenary group, said his fighters would return to their"
     " bases after they had advanced to within 200 kilometres of Moscow, ending a mutiny that posed the"
     " gravest challenge to Vladimir Putin's rule in more than two decades. The deal, brokered by Belarusian"
     " President Alexander Lukashenko, lets Prigozhin leave for Belarus, Kremlin spokesman Dmitry Peskov"
     " said.\n\nPrigozhin had demanded the removal of Defence Minister Sergei Shoigu and the chief of the"
     " general staff, Valery Gerasimov. Wagner fighters had earlier taken control of military sites in"
     " Rostov-on-Don. The Federal Security Service had opened a criminal case against Prigozhin for armed"
     " rebellion, which it later dropped. US Secretary of State Antony Blinken told CBS News the revolt"
     " showed \"real cracks\" in the Russian leadership. The Institute for the Study of War said Wagner had"
     " met almost no resistance on the road north."),
    ('modern-12', '2024-08-05',
     'Noah Lyles|Lyles; Kishane Thompson; Fred Kerley; Novak Djokovic; Carlos Alcaraz; Simone Biles;'
     ' Rebeca Andrade; Sebastian Coe',
     'World Athletics; International Olympic Committee; Belgian Triathlon Federation; NBCUniversal',
     '',
     "Noah Lyles won the men's 100 metres at the Paris Olympics by five thousandths of a second, edging"
     " Kishane Thompson of Jamaica in the closest final in the event's history. Fred Kerley of the United"
     " States took bronze. \"I'm the guy,\" said Lyles, who had been fourth at the halfway mark.\n\nEarlier,"
     " Novak Djokovic beat Carlos Alcaraz to win the gold medal he had long sought, and Simone Biles added a"
     " silver in the floor final behind Rebeca Andrade of Brazil. World Athletics president Sebastian Coe"
     " said the sprint was \"the greatest race I have seen\". The International Olympic Committee said it"
     " would review the water quality of the Seine after the Belgian Triathlon Federation withdrew its mixed"
     " relay team. NBCUniversal, which holds the US broadcast rights, said the Games had drawn its biggest"
     " audience since Rio de Janeiro in 2016."),
    ('modern-13', '2024-07-06',
     'Nigel Farage; Ed Davey; Rachel Reeves; John Swinney; Sue Gray',
     'Labour; Conservative|Conservatives; House of Commons; Reform UK; Liberal Democrats;'
     ' Scottish National Party; Office for Budget Responsibility; Bank of England',
     'keir-starmer rishi-sunak',
     "Keir Starmer became Britain's prime minister on Friday after Labour won a landslide, ending 14 years"
     " of Conservative government. Rishi Sunak apologised to the party's candidates, saying he had heard"
     " \"the anger and disappointment\" of voters. Labour won 412 of the 650 seats in the House of"
     " Commons.\n\nNigel Farage was elected for the first time, in Clacton, and Reform UK won five seats in"
     " all, while the Liberal Democrats under Ed Davey won 72, their best result in a century. Rachel Reeves"
     " became the first woman to be chancellor of the exchequer. In Scotland the Scottish National Party"
     " lost 38 seats; its leader John Swinney said the party had to rebuild trust. Sue Gray, Starmer's chief"
     " of staff, oversaw the handover at Downing Street. The Office for Budget Responsibility will publish"
     " its next forecast in the autumn, and the Bank of England is expected to cut interest rates in"
     " August."),
    ('modern-14', '2023-10-30',
     'Shawn Fain|Fain; Mary Barra; Jim Farley',
     'United Auto Workers|UAW; General Motors|GM; Ford; Stellantis; Anderson Economic Group; Toyota; Honda;'
     " Moody's",
     '',
     "The United Auto Workers union reached a tentative agreement with General Motors on Monday, ending a"
     " six-week strike against Detroit's three carmakers after deals with Ford and Stellantis last week. UAW"
     " president Shawn Fain said the contracts would raise top pay by 25% over four years. \"We won things"
     " nobody thought possible,\" Fain said in a video.\n\nMary Barra, GM's chief executive, said the deal"
     " \"rewards our team\". The strikes cost the three companies about $9.3 billion in lost production,"
     " according to Anderson Economic Group, a consultancy in East Lansing. Jim Farley of Ford said the"
     " agreement would add $8.8 billion in costs. Workers at Toyota and Honda plants in the South, which are"
     " not unionised, have also been offered raises. Moody's said the deals would weigh on margins but were"
     " unlikely to hurt the carmakers' credit ratings."),
]


def names(field):
    return [n.strip() for n in field.split(";") if n.strip()]


def main():
    with open(os.path.join(HERE, "modern-news.jsonl"), "w", encoding="utf-8") as out:
        for id_, published, people, organizations, leaders, text in ARTICLES:
            record = {"id": id_, "published": published, "text": text, "people": names(people),
                      "organizations": names(organizations), "leaders": leaders.split()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
