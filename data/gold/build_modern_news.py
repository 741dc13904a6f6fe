#!/usr/bin/env python3
"""Writes modern-news.jsonl: the project's development set of recent news (2023-2025: technology,
business, politics, sport, entertainment, health), for evaluate-linking, labelled for people,
organisations and leaders.

The texts are the project's own: news reports written by the team in the manner of wire and
newspaper copy about real events and people of 2023-2025, so each record carries its text. They
exist because the other dev sets are older (Reuters 1987, BBC 2004-05) and the name tagger was
trained on older news: these test names of today (Nvidia, OpenAI, Lamine Yamal, Reform UK).
Each text was labelled as it was written, before the job's output on it was looked at; the second
ten (modern-15 to modern-24) after the rules the first fourteen asked for were built, as an unseen check,
and the third to twenty-ninth tens (modern-25 to modern-294) likewise after the rules of the draw before.
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
    # Second draw (modern-15 to modern-24): written and labelled after the rules the first 14 asked
    # for were built, and scored before any rule was written for them.
    ('modern-15', '2023-12-13',
     'Sultan Al Jaber; Anne Rasmussen; John Kerry; Simon Stiell',
     'United Nations|UN; Abu Dhabi National Oil Company; Alliance of Small Island States; Opec;'
     ' UN Framework Convention on Climate Change; Greenpeace; World Wide Fund for Nature',
     '',
     "Nearly 200 countries agreed on Wednesday at the COP28 climate summit in Dubai to begin \"transitioning"
     " away from fossil fuels\", the first time a United Nations climate deal has named oil, gas and coal."
     " Sultan Al Jaber, the summit's president and head of the Abu Dhabi National Oil Company, called the"
     " deal \"historic\".\n\nAnne Rasmussen, the lead negotiator for the Alliance of Small Island States, said"
     " the text had \"a litany of loopholes\". John Kerry, the US climate envoy, said the agreement would not"
     " have been possible a year ago. Opec had urged its members to reject any language on fossil fuels."
     " Simon Stiell, executive secretary of the UN Framework Convention on Climate Change, said the world now"
     " had to deliver. Greenpeace and the World Wide Fund for Nature welcomed the deal but said it lacked"
     " money for poorer countries."),
    ('modern-16', '2023-11-02',
     'Sam Bankman-Fried|Bankman-Fried; Caroline Ellison; Gary Wang; Damian Williams; Mark Cohen; Changpeng Zhao',
     'FTX; Alameda Research|Alameda; Binance; Justice Department; Coinbase',
     '',
     "Sam Bankman-Fried, the founder of the collapsed cryptocurrency exchange FTX, was found guilty on"
     " Thursday of fraud and conspiracy by a jury in Manhattan. Prosecutors said he stole $8 billion from"
     " customers to fund investments, political donations and the trading firm Alameda Research.\n\nCaroline"
     " Ellison, his former girlfriend who ran Alameda, testified against him, as did FTX co-founder Gary Wang."
     " \"He knew it was wrong,\" said Damian Williams, the US attorney in Manhattan. Bankman-Fried's lawyer,"
     " Mark Cohen, said his client would appeal. The verdict came weeks before Binance, the world's largest"
     " exchange, agreed to pay $4.3 billion to settle charges brought by the Justice Department, and its chief"
     " executive Changpeng Zhao stepped down. Coinbase shares rose 3%."),
    ('modern-17', '2024-01-14',
     'Hou Yu-ih; Ko Wen-je',
     "Democratic Progressive Party|DPP; Kuomintang; Taiwan People's Party; Taiwan Affairs Office;"
     " US State Department|State Department; Legislative Yuan",
     'lai-ching-te tsai-ing-wen',
     "Lai Ching-te of the ruling Democratic Progressive Party won Taiwan's presidential election on Saturday,"
     " defying warnings from Beijing that voting for him risked conflict. Lai took 40% of the vote, ahead of"
     " Hou Yu-ih of the Kuomintang, the main opposition party, and Ko Wen-je of the Taiwan People's"
     " Party.\n\n\"We have shown the world how much we cherish our democracy,\" Lai told supporters in Taipei."
     " China's Taiwan Affairs Office said the result did not represent mainstream public opinion. President"
     " Tsai Ing-wen, who has served the maximum two terms, congratulated him. The US State Department said it"
     " hoped Taipei and Beijing would resolve their differences peacefully. The DPP lost its majority in the"
     " Legislative Yuan, where the Kuomintang became the largest party."),
    ('modern-18', '2024-09-27',
     'Shinjiro Koizumi',
     'Liberal Democratic Party; Bank of Japan; Toyota; Sony; Nomura',
     'shigeru-ishiba fumio-kishida sanae-takaichi',
     "Shigeru Ishiba won the leadership of Japan's governing Liberal Democratic Party on Friday, beating Sanae"
     " Takaichi in a run-off, and will become prime minister next week. Ishiba, a former defence minister,"
     " replaces Fumio Kishida, who chose not to run again after a slush fund scandal hurt the party's"
     " ratings.\n\nTakaichi had promised to keep the Bank of Japan's interest rates low, and the yen rose"
     " sharply after her defeat. Shinjiro Koizumi, the son of a former prime minister, came third. Ishiba said"
     " he would call a general election soon. Toyota and Sony shares fell in Tokyo on Monday. Analysts at"
     " Nomura said the new leader was unlikely to change economic policy much."),
    ('modern-19', '2024-03-25',
     'Margrethe Vestager; Thierry Breton; Tim Cook; Daniel Ek',
     'European Commission|Commission; EU; Apple; Alphabet; Meta; Google; Spotify; Nasdaq',
     '',
     "The European Commission opened investigations on Monday into Apple, Alphabet and Meta under the Digital"
     " Markets Act, the first since the law took effect this month. Margrethe Vestager, the EU's competition"
     " chief, said the companies' plans to comply fell short. Thierry Breton, the internal market"
     " commissioner, said the inquiry would look at whether Google favours its own services.\n\nApple, led"
     " by Tim Cook, said it was confident its plan complied with the law. Spotify, whose chief executive"
     " Daniel Ek has long accused Apple of stifling competition, welcomed the move. The Commission can fine"
     " companies up to 10% of their global turnover. Shares of Alphabet fell 1% on the Nasdaq."),
    ('modern-20', '2023-07-14',
     'Fran Drescher; Christopher Nolan; Cillian Murphy; Emily Blunt; Bob Iger',
     'SAG-AFTRA; Alliance of Motion Picture and Television Producers; Disney; Netflix;'
     ' Warner Bros Discovery; Writers Guild of America; Paramount',
     '',
     "Hollywood actors went on strike on Friday for the first time since 1980, joining writers who have been"
     " on the picket lines since May. SAG-AFTRA, the union that represents 160,000 performers, said talks"
     " with the Alliance of Motion Picture and Television Producers had failed over pay and the use of"
     " artificial intelligence.\n\n\"We are being victimised by a very greedy entity,\" said Fran Drescher, the"
     " union's president. The cast of Christopher Nolan's Oppenheimer walked out of the film's London"
     " premiere, led by Cillian Murphy and Emily Blunt. Bob Iger, the chief executive of Disney, said the"
     " unions' demands were \"not realistic\". Netflix and Warner Bros Discovery declined to comment. The"
     " Writers Guild of America said its members would join actors' pickets outside Paramount in Los"
     " Angeles."),
    ('modern-21', '2023-04-20',
     'Mohamed Hamdan Dagalo|Hemedti; Volker Perthes',
     "Rapid Support Forces|RSF; World Health Organization; UN; Sudan Doctors' Union; African Union;"
     " Médecins Sans Frontières",
     'abdel-fattah-abdelrahman-burhan',
     "Fighting between Sudan's army and the paramilitary Rapid Support Forces entered its sixth day on"
     " Thursday, with more than 300 people killed, according to the World Health Organization. The army is"
     " led by General Abdel Fattah al-Burhan, the country's de facto ruler, and the RSF by Mohamed Hamdan"
     " Dagalo, known as Hemedti.\n\nVolker Perthes, the UN envoy to Sudan, said both sides had ignored a"
     " ceasefire. The Sudan Doctors' Union said most hospitals in Khartoum had stopped working. Saudi Arabia"
     " and the United States are trying to broker talks, while the African Union has called for an immediate"
     " end to the fighting. Médecins Sans Frontières said its staff in Darfur were treating dozens of"
     " wounded."),
    ('modern-22', '2024-06-10',
     'Marine Le Pen; Jordan Bardella|Bardella; Ursula von der Leyen',
     "National Assembly; National Rally; European Parliament; Renaissance; Alternative for Germany;"
     " Social Democrats; European People's Party; BNP Paribas; Société Générale",
     'emmanuel-macron olaf-scholz',
     "President Emmanuel Macron dissolved France's National Assembly on Sunday and called a snap election"
     " after his party was beaten by Marine Le Pen's National Rally in the European Parliament elections. The"
     " far-right party, led by 28-year-old Jordan Bardella, won about 31% of the vote, more than twice the"
     " share of Macron's Renaissance list.\n\n\"The French have spoken,\" Bardella told supporters in Paris."
     " In Germany, the Alternative for Germany came second, ahead of Chancellor Olaf Scholz's Social"
     " Democrats. Ursula von der Leyen, whose centre-right European People's Party remained the largest"
     " group, said the centre had held. The euro fell against the dollar on Monday, and shares in French"
     " banks BNP Paribas and Société Générale dropped more than 5%."),
    ('modern-23', '2024-06-18',
     'Jayson Tatum|Tatum; Jaylen Brown; Luka Doncic; Joe Mazzulla; Bill Russell; Wyc Grousbeck',
     'Boston Celtics|Celtics; NBA; Dallas Mavericks|Mavericks; ESPN',
     '',
     "The Boston Celtics won their 18th NBA championship on Monday, beating the Dallas Mavericks 106-88 in"
     " Game 5 of the finals. Jayson Tatum scored 31 points, and Jaylen Brown was named the most valuable"
     " player of the finals. \"We did it,\" said Tatum, who had lost in the finals two years ago.\n\nLuka"
     " Doncic, the Mavericks' star, struggled with injuries throughout the series. Joe Mazzulla, 35, became"
     " the youngest coach to win the title since Bill Russell in 1969. The Celtics, owned by a group led by"
     " Wyc Grousbeck, said they would hold a parade on Friday. ESPN said the series drew an average of 11.3"
     " million viewers."),
    ('modern-24', '2024-11-20',
     'Simon Roberts; Rachel Reeves; Helen Dickinson',
     "Sainsbury's; British Retail Consortium; Tesco; Marks & Spencer; Next; House of Commons;"
     " National Health Service; Barclays; Bank of England; Kantar",
     '',
     "Shares in Sainsbury's fell 4% on Wednesday after the supermarket warned that higher National Insurance"
     " contributions announced in the budget would cost it 140 million pounds a year. Simon Roberts, its"
     " chief executive, said the rise would push up food prices.\n\nThe British Retail Consortium, which"
     " represents shops such as Tesco, Marks & Spencer and Next, said the sector faced 7 billion pounds in"
     " extra costs. Chancellor Rachel Reeves defended the measures in the House of Commons, saying they"
     " would fund the National Health Service. Helen Dickinson, the consortium's chief executive, said"
     " retailers would have to cut jobs. Analysts at Barclays expect the Bank of England to cut interest"
     " rates more slowly as a result, and Kantar said grocery inflation had risen for a second month."),
    # Third draw (modern-25 to modern-34): written after the rules the second asked for, and scored
    # before any rule was written for them.
    ('modern-25', '2024-04-09',
     'Maria Gonzalez; Bill Nelson',
     'Nasa; Royal Observatory Greenwich; Southwest Airlines; Federal Aviation Administration;'
     ' American Astronomical Society',
     '',
     "Millions of people across Mexico, the United States and Canada watched a total solar eclipse on"
     " Monday. Nasa said the path of totality crossed 13 states, from Texas to Maine. \"It was the most"
     " beautiful thing I have ever seen,\" said Maria Gonzalez, a teacher who drove from Chicago to"
     " Carbondale, Illinois.\n\nAstronomers at the Royal Observatory Greenwich in London streamed the event"
     " online. Southwest Airlines added extra flights, and the Federal Aviation Administration warned of"
     " delays at airports along the path. Bill Nelson, the Nasa administrator, said the agency had launched"
     " three sounding rockets to study the upper atmosphere. The next total eclipse visible from the"
     " contiguous United States will be in 2044, according to the American Astronomical Society."),
    ('modern-26', '2024-05-16',
     'Michael Cohen|Cohen; Stormy Daniels; Todd Blanche; Juan Merchan; Alvin Bragg; Hope Hicks',
     'Trump Organization; Republican Party|Republican',
     'donald-trump',
     "A jury in New York on Thursday heard from Michael Cohen, Donald Trump's former lawyer, who testified"
     " that he paid $130,000 to the adult film actress Stormy Daniels weeks before the 2016 election. Todd"
     " Blanche, Trump's lawyer, accused Cohen of lying to the jury. Judge Juan Merchan warned both sides to"
     " keep their questions short.\n\nThe office of Alvin Bragg, the Manhattan district attorney, has charged"
     " Trump with 34 counts of falsifying business records. Trump, the presumptive Republican nominee,"
     " called the case a \"witch hunt\" outside the courtroom. The Trump Organization was not charged. Hope"
     " Hicks, a former aide, testified earlier in the week, and the prosecution said it expected to rest its"
     " case soon."),
    ('modern-27', '2023-08-24',
     'Yevgeny Prigozhin; Dmitry Utkin; Khalifa Haftar',
     'Wagner; Rosaviatsia; Embraer; Investigative Committee of Russia',
     'joe-biden vladimir-putin',
     "Yevgeny Prigozhin, the head of the Wagner group, was listed among the passengers of a private jet that"
     " crashed north of Moscow on Wednesday, killing all ten people on board, Russia's aviation authority"
     " Rosaviatsia said. The Embraer jet was flying from Moscow to St Petersburg. Dmitry Utkin, Wagner's"
     " military commander, was also on the list.\n\nThe Kremlin denied any involvement. President Joe Biden"
     " said he was \"not surprised\", adding: \"There's not much that happens in Russia that Putin's not"
     " behind.\" Wagner has thousands of fighters in Mali, the Central African Republic and Libya, where the"
     " group has backed Khalifa Haftar. The Investigative Committee of Russia opened a criminal case into"
     " the crash."),
    ('modern-28', '2024-02-08',
     'Bilawal Bhutto Zardari',
     'Pakistan Tehreek-e-Insaf; Pakistan Muslim League-Nawaz; Pakistan Peoples Party; Human Rights Watch;'
     ' Election Commission of Pakistan',
     'imran-khan nawaz-sharif',
     "Voters in Pakistan went to the polls on Thursday in an election overshadowed by the jailing of former"
     " prime minister Imran Khan, whose Pakistan Tehreek-e-Insaf party was barred from using its cricket-bat"
     " symbol. Mobile phone services were suspended across the country, which the interior ministry said"
     " was for security.\n\nNawaz Sharif, who returned from exile in October, is expected to lead his"
     " Pakistan Muslim League-Nawaz back to power with the support of the army. Bilawal Bhutto Zardari of"
     " the Pakistan Peoples Party also hopes for a role in the next government. Human Rights Watch said the"
     " vote was neither free nor fair. The Election Commission of Pakistan said results would be announced"
     " within 24 hours."),
    ('modern-29', '2023-10-10',
     'Yoav Gallant; Antony Blinken',
     'Hamas; Israel Defense Forces; UN; Unrwa',
     'benjamin-netanyahu joe-biden antonio-guterres',
     "Israel's military said on Tuesday it had regained control of communities near the Gaza Strip, three"
     " days after Hamas gunmen killed more than 1,200 people in the deadliest attack in the country's"
     " history. Prime Minister Benjamin Netanyahu vowed to \"crush\" the group. Defence Minister Yoav Gallant"
     " ordered a complete siege of Gaza, cutting off electricity, food and fuel. The Israel Defense Forces"
     " called up 300,000 reservists.\n\nIn Gaza, the health ministry said more than 900 people had been"
     " killed in air strikes. UN Secretary-General António Guterres said he was deeply distressed by the"
     " siege. Unrwa, the UN agency for Palestinian refugees, said 187,000 people had fled their homes. US"
     " President Joe Biden said the United States stood with Israel, and Secretary of State Antony Blinken"
     " will visit on Thursday."),
    ('modern-30', '2024-10-14',
     'Kelly Ortberg',
     'Boeing; International Association of Machinists and Aerospace Workers; Fitch Ratings; Emirates;'
     ' Lufthansa; Spirit AeroSystems',
     '',
     "Boeing said on Friday it would cut 17,000 jobs, about 10% of its workforce, as a strike by 33,000"
     " machinists at its factories near Seattle entered its fifth week. Kelly Ortberg, who became chief"
     " executive in August, said the company would also delay the first delivery of its 777X jet to"
     " 2026.\n\nThe International Association of Machinists and Aerospace Workers said talks with the company"
     " had broken down. Fitch Ratings warned it could cut Boeing's credit rating to junk. Shares fell 1% in"
     " after-hours trading. Airlines including Emirates and Lufthansa, which have ordered the 777X, said"
     " they would seek compensation. Spirit AeroSystems, which Boeing has agreed to buy, said it would"
     " furlough workers in Wichita."),
    ('modern-31', '2024-12-09',
     'Geir Pedersen',
     'Hayat Tahrir al-Sham; Syrian Observatory for Human Rights; UN',
     'bashar-al-assad ahmed-al-sharaa mohammad-ghazi-al-jalali',
     "Syrian rebels took control of Damascus on Sunday, ending more than five decades of rule by the Assad"
     " family, after President Bashar al-Assad fled to Moscow. Abu Mohammed al-Jolani, the leader of the"
     " Islamist group Hayat Tahrir al-Sham, told a crowd at the Umayyad Mosque that the victory belonged to"
     " all Syrians. Prime Minister Mohammed Ghazi al-Jalali said he was ready to hand over power.\n\nThe"
     " Syrian Observatory for Human Rights, a monitor based in Britain, said rebels had also taken Homs."
     " Russia's foreign ministry said Assad had left after talks with the rebel groups. Israel's military"
     " said it had moved troops into the buffer zone in the Golan Heights. Geir Pedersen, the UN special"
     " envoy for Syria, called for an orderly transition."),
    ('modern-32', '2023-05-07',
     'Justin Welby; Camilla|Queen Camilla; Jill Biden; Graham Smith; Harry|Prince Harry; Meghan',
     'Republic; Metropolitan Police; BBC',
     'charles-iii rishi-sunak emmanuel-macron',
     "King Charles III was crowned at Westminster Abbey on Saturday in the first coronation in Britain for"
     " 70 years. The Archbishop of Canterbury, Justin Welby, placed St Edward's Crown on his head, and Queen"
     " Camilla was crowned beside him. Prime Minister Rishi Sunak read from the Bible, and leaders from"
     " around the world, including French President Emmanuel Macron and US first lady Jill Biden,"
     " attended.\n\nThe anti-monarchy group Republic said its leader Graham Smith had been arrested before"
     " the ceremony; the Metropolitan Police later said it regretted that six people had been unable to"
     " protest. Prince Harry attended without his wife, Meghan, and left soon afterwards. The BBC said 20"
     " million people watched on television in Britain."),
    ('modern-33', '2024-08-20',
     'María Corina Machado|Machado; Edmundo González|González; Tarek William Saab',
     'National Electoral Council; Carter Center; Chevron',
     'nicolas-maduro luiz-inacio-lula-da-silva gustavo-petro',
     "Venezuela's opposition leader María Corina Machado said on Tuesday she would remain in the country"
     " despite the threat of arrest, three weeks after an election that the government of Nicolás Maduro"
     " claims to have won. The National Electoral Council declared Maduro the winner without publishing"
     " detailed results, while the opposition says tallies from polling stations show that its candidate,"
     " Edmundo González, won by a wide margin.\n\nThe Carter Center, which observed the vote, said it did not"
     " meet international standards. Brazil's President Luiz Inácio Lula da Silva and Colombia's Gustavo"
     " Petro have proposed new elections. The attorney general, Tarek William Saab, has opened a criminal"
     " investigation into Machado and González. Chevron, the only US oil company operating in Venezuela,"
     " said its work there was unaffected."),
    ('modern-34', '2024-01-26',
     'Elon Musk|Musk; Bill Gates; Jeff Bezos',
     'Neuralink; US Food and Drug Administration|Food and Drug Administration; University of Pittsburgh;'
     ' Synchron; Tesla; SpaceX',
     '',
     "Neuralink, the brain-chip company founded by Elon Musk, has implanted its device in a human for the"
     " first time, Musk said in a post online. The patient was \"recovering well\", he said. The US Food and"
     " Drug Administration approved the company's first human trial last year after rejecting an earlier"
     " application over safety concerns.\n\nExperts at the University of Pittsburgh, where researchers have"
     " worked on similar implants for two decades, said it was too early to judge the results. Synchron, a"
     " rival backed by Bill Gates and Jeff Bezos, has already implanted devices in ten patients in Australia"
     " and the United States. Musk, who also runs Tesla and SpaceX, said the first product would be called"
     " Telepathy."),
    # Fourth draw (modern-35 to modern-44): written after the rules the third asked for, and scored
    # before any rule was written for them.
    ('modern-35', '2024-12-04',
     'Han Dong-hoon; Kim Yong-hyun',
     'Democratic Party; National Assembly; People Power Party; Korean Confederation of Trade Unions;'
     ' Samsung Electronics; SK Hynix',
     'yoon-suk-yeol lee-jae-myung',
     "South Korea's President Yoon Suk Yeol lifted martial law early on Wednesday, hours after declaring"
     " it, when lawmakers voted unanimously to block the decree. Yoon had accused the opposition of"
     " \"anti-state activities\" in a late-night television address. Lee Jae-myung, the leader of the"
     " opposition Democratic Party, called the declaration illegal and urged people to gather outside the"
     " National Assembly.\n\nSoldiers briefly entered the building before withdrawing. Han Dong-hoon, head of"
     " Yoon's own People Power Party, also opposed the move. The Korean Confederation of Trade Unions called"
     " a general strike until the president resigns. Defence Minister Kim Yong-hyun offered to step down."
     " Samsung Electronics and SK Hynix shares fell in Seoul."),
    ('modern-36', '2024-10-10',
     'Ron DeSantis; Deanne Criswell',
     'National Hurricane Center; Federal Emergency Management Agency; Disney; Universal',
     '',
     "Hurricane Milton made landfall near Siesta Key on Florida's Gulf Coast on Wednesday night as a"
     " Category 3 storm, bringing winds of 120 mph and spawning tornadoes across the state. More than three"
     " million homes and businesses lost power, according to utility companies. Governor Ron DeSantis said"
     " the storm had not been the worst-case scenario the state had feared.\n\nMilton arrived less than two"
     " weeks after Hurricane Helene killed more than 200 people across the south-east. The National"
     " Hurricane Center said storm surge of up to ten feet was possible in Sarasota. Deanne Criswell, who"
     " heads the Federal Emergency Management Agency, said the agency had staff in place. Disney and"
     " Universal closed their theme parks in Orlando."),
    ('modern-37', '2024-09-05',
     'Oliver Blume; Daniela Cavallo; Robert Habeck',
     'Volkswagen; BYD; IG Metall; UBS; Continental; Bosch',
     '',
     "Volkswagen said on Monday it could close factories in Germany for the first time in its 87-year"
     " history, as it struggles with weak demand for electric cars and competition from Chinese rivals such"
     " as BYD. Chief executive Oliver Blume said the company had \"one, at most two years\" to turn things"
     " around.\n\nThe powerful IG Metall union vowed to resist any closures, and Daniela Cavallo, who heads"
     " the works council, said the board had failed. Economy Minister Robert Habeck said he had spoken to"
     " the company's management. Analysts at UBS said the plan would also hurt suppliers such as"
     " Continental and Bosch. Lower Saxony, which owns a fifth of the voting shares, said it would examine"
     " the plans closely."),
    ('modern-38', '2024-08-15',
     'Tedros Adhanom Ghebreyesus|Tedros; Jean Kaseya',
     'World Health Organization|WHO; Africa Centres for Disease Control and Prevention; Public Health Agency;'
     ' Bavarian Nordic; Gavi',
     '',
     "The World Health Organization declared mpox a global public health emergency on Wednesday, after a"
     " new strain spread from the Democratic Republic of Congo to neighbouring countries. Tedros Adhanom"
     " Ghebreyesus, the WHO's director-general, said the potential for further spread was \"very"
     " worrying\".\n\nThe Africa Centres for Disease Control and Prevention had declared a continental"
     " emergency a day earlier. Jean Kaseya, its director-general, appealed for vaccines. Sweden's Public"
     " Health Agency said it had confirmed a case in a traveller who had been in Africa. Bavarian Nordic,"
     " the Danish maker of the only approved vaccine, said it could supply ten million doses by the end of"
     " 2025. Gavi, the vaccine alliance, said it would help fund purchases."),
    ('modern-39', '2024-06-26',
     '',
     'Kenya National Commission on Human Rights; Amnesty International Kenya; International Monetary Fund;'
     ' Safaricom',
     'william-ruto raila-odinga',
     "Kenya's President William Ruto withdrew a finance bill containing tax increases on Wednesday, a day"
     " after protesters stormed parliament in Nairobi and at least 23 people were killed. \"The people have"
     " spoken,\" Ruto said in a televised address.\n\nThe Kenya National Commission on Human Rights said"
     " police had used excessive force. Amnesty International Kenya called for an independent"
     " investigation. The International Monetary Fund, which had pushed the government to raise revenue,"
     " said it was monitoring the situation. Safaricom, the country's largest company, said internet"
     " services had been disrupted. Opposition leader Raila Odinga called for dialogue."),
    ('modern-40', '2024-06-05',
     'Novak Djokovic|Djokovic; Francisco Cerundolo; Jannik Sinner|Sinner; Carlos Alcaraz; Stefanos Tsitsipas;'
     ' Iga Swiatek',
     'French Tennis Federation; ATP',
     '',
     "Novak Djokovic withdrew from the French Open on Tuesday with a torn meniscus in his right knee, a day"
     " after a five-set win over Francisco Cerundolo that ended after 3am. The 24-time grand slam champion"
     " will lose his world number one ranking to Jannik Sinner. \"I'm very sad,\" Djokovic wrote on social"
     " media.\n\nThe French Tennis Federation said he had undergone scans at a Paris hospital. Carlos"
     " Alcaraz, the third seed, beat Stefanos Tsitsipas to reach the semi-finals, where he will play Sinner."
     " Iga Swiatek, the women's champion, is also through. The ATP said Djokovic would stay in the top"
     " three."),
    ('modern-41', '2025-02-10',
     'Dominic LeBlanc; Doug Ford',
     'Algoma Steel; Canadian Chamber of Commerce; Bank of Canada',
     'justin-trudeau donald-trump',
     "Canada's Prime Minister Justin Trudeau said on Monday that his government would respond \"firmly\" to"
     " US tariffs of 25% on steel and aluminium announced by President Donald Trump. Dominic LeBlanc, the"
     " finance minister, said Ottawa was drawing up a list of American goods to target.\n\nAlgoma Steel,"
     " based in Sault Ste. Marie, Ontario, said the tariffs would cost jobs. The Canadian Chamber of"
     " Commerce urged calm, while Ontario premier Doug Ford threatened to cut electricity exports to three"
     " US states. The Bank of Canada warned that a long trade war would push the economy into recession."
     " The Canadian dollar fell to its lowest level since 2003."),
    ('modern-42', '2024-01-26',
     'Phil Spencer; Mike Ybarra',
     'Microsoft; Activision Blizzard|Activision|Blizzard; Communications Workers of America;'
     ' Competition and Markets Authority; Ubisoft; Riot Games; Discord',
     '',
     "Microsoft said on Thursday it would cut 1,900 jobs in its gaming division, three months after"
     " completing its $69 billion takeover of Activision Blizzard, the maker of Call of Duty. Phil Spencer,"
     " the head of the division, told staff in a memo that the cuts were needed to build a sustainable"
     " business. Blizzard's president, Mike Ybarra, said he would leave the company.\n\nThe Communications"
     " Workers of America, which represents some Activision staff, said it was disappointed. The deal had"
     " been cleared by Britain's Competition and Markets Authority after Microsoft agreed to sell cloud"
     " gaming rights to Ubisoft. Riot Games and Discord also announced job cuts this week."),
    ('modern-43', '2024-11-07',
     'Peter Dutton; Michelle Rowland',
     'TikTok; Snap; Liberal Party; Meta',
     'anthony-albanese',
     "Australia plans to ban children under 16 from social media, Prime Minister Anthony Albanese said on"
     " Thursday, in what would be one of the world's strictest rules. Companies such as TikTok and Snap"
     " would face fines of up to 50 million Australian dollars if they failed to stop children from signing"
     " up.\n\nOpposition leader Peter Dutton said the Liberal Party supported the ban. Communications"
     " Minister Michelle Rowland will introduce the bill in parliament this month. Meta said it would"
     " respect the law but questioned how it would be enforced."),
    ('modern-44', '2024-03-18',
     'Yulia Navalnaya; Alexei Navalny; Ella Pamfilova',
     'Central Election Commission; Golos',
     'vladimir-putin xi-jinping narendra-modi',
     "Vladimir Putin won a fifth term as Russia's president with 87% of the vote, the Central Election"
     " Commission said on Monday, in an election without any real challenger. Yulia Navalnaya, the widow of"
     " the opposition leader Alexei Navalny, who died in an Arctic prison last month, called on supporters"
     " to vote at noon in protest.\n\nLong queues formed outside polling stations in Moscow and at Russian"
     " embassies in Berlin and London. The White House said the election was neither free nor fair. Golos,"
     " an independent election monitor, reported widespread pressure on voters. Ella Pamfilova, head of the"
     " commission, said turnout was a record 77%. China's Xi Jinping and India's Narendra Modi congratulated"
     " Putin."),
    # Fifth draw (modern-45 to modern-54): written after the rules the fourth asked for, and scored
    # before any rule was written for them.
    ('modern-45', '2024-03-11',
     'Christopher Nolan; Cillian Murphy; J. Robert Oppenheimer; Emma Stone; Da\'Vine Joy Randolph;'
     ' Robert Downey Jr.; Jimmy Kimmel',
     'ABC; Universal Pictures; Academy of Motion Picture Arts and Sciences',
     '',
     "Oppenheimer won seven Oscars on Sunday, including best picture, at the 96th Academy Awards in Los"
     " Angeles. Christopher Nolan won best director, and Cillian Murphy best actor for playing J. Robert"
     " Oppenheimer. Emma Stone won best actress for Poor Things, her second Oscar.\n\nDa'Vine Joy Randolph"
     " took best supporting actress for The Holdovers, and Robert Downey Jr. best supporting actor. The"
     " ceremony, hosted by Jimmy Kimmel, was broadcast by ABC. Universal Pictures, which distributed"
     " Oppenheimer, said the film had taken nearly $1 billion worldwide. The Academy of Motion Picture Arts"
     " and Sciences said 19.5 million people watched in the United States."),
    ('modern-46', '2024-09-12',
     'Andrea Orcel; Manfred Knof',
     'UniCredit; Commerzbank; Jefferies; European Central Bank; Verdi',
     '',
     "UniCredit has taken a 9% stake in Commerzbank, the Italian bank said on Wednesday, raising the"
     " prospect of one of Europe's biggest banking mergers in years. Andrea Orcel, UniCredit's chief"
     " executive, said a combination would create value for both.\n\nThe German government, which still owns"
     " 12% of Commerzbank after rescuing it in 2008, said it would keep its stake for now. Commerzbank's"
     " chief executive, Manfred Knof, said the bank would remain independent. Shares in Commerzbank jumped"
     " 17% in Frankfurt. Analysts at Jefferies said the European Central Bank would welcome cross-border"
     " deals. The Verdi union warned that thousands of jobs were at risk."),
    ('modern-47', '2024-05-02',
     'Minouche Shafik',
     'University of California, Los Angeles|University of California; Columbia University|Columbia;'
     ' American Civil Liberties Union; Students for Justice in Palestine',
     'joe-biden',
     "Police cleared a pro-Palestinian encampment at the University of California, Los Angeles on Thursday,"
     " arresting more than 200 people, a day after counter-protesters attacked it. At Columbia University in"
     " New York, officers removed students who had occupied Hamilton Hall.\n\nMinouche Shafik, Columbia's"
     " president, said she had asked for police help \"with a heavy heart\". President Joe Biden said there"
     " was a right to protest, \"but not the right to cause chaos\". The American Civil Liberties Union"
     " criticised the arrests. Students for Justice in Palestine, which organised many of the protests, said"
     " they would continue."),
    ('modern-48', '2024-04-07',
     'Max Verstappen|Verstappen; Sergio Perez; Carlos Sainz; Charles Leclerc; Lando Norris; Christian Horner;'
     ' Lewis Hamilton; George Russell; Daniel Ricciardo; Alex Albon',
     'Red Bull; Ferrari; McLaren; Mercedes; FIA',
     '',
     "Max Verstappen won the Japanese Grand Prix on Sunday, leading home his Red Bull team-mate Sergio"
     " Perez for a one-two finish at Suzuka. Carlos Sainz was third for Ferrari, ahead of Charles Leclerc."
     " Lando Norris of McLaren finished fifth. \"The car was perfect today,\" said Verstappen, who has won"
     " three of the first four races.\n\nChristian Horner, Red Bull's team principal, said the team had"
     " learned from its defeat in Australia. Mercedes had a difficult weekend: Lewis Hamilton finished ninth"
     " and George Russell seventh. The FIA said it was investigating a collision between Daniel Ricciardo"
     " and Alex Albon on the first lap."),
    ('modern-49', '2023-09-09',
     'Ahmed Bouzid',
     'US Geological Survey; Moroccan Red Crescent; Unesco',
     'mohammed-vi',
     "A magnitude 6.8 earthquake struck Morocco's High Atlas mountains late on Friday, killing more than"
     " 2,000 people, the interior ministry said. The epicentre was about 70 km south-west of Marrakesh,"
     " according to the US Geological Survey. King Mohammed VI declared three days of national"
     " mourning.\n\nThe Moroccan Red Crescent appealed for blood donations. Rescuers from Spain, Britain and"
     " Qatar joined the search, but the government declined offers from France and Algeria. Unesco said the"
     " historic Koutoubia Mosque in Marrakesh had been damaged. Ahmed Bouzid, a resident of the village of"
     " Moulay Brahim, said his house had collapsed."),
    ('modern-50', '2024-07-22',
     'Kamala Harris|Harris; Nancy Pelosi; Chuck Schumer',
     'Democratic Party|Democrats|Democratic; ActBlue',
     'joe-biden donald-trump',
     "President Joe Biden ended his re-election campaign on Sunday and endorsed Vice President Kamala Harris"
     " as the Democratic nominee, after weeks of pressure from party leaders following a poor debate against"
     " Donald Trump. Harris said she intended to \"earn and win\" the nomination.\n\nFormer House Speaker"
     " Nancy Pelosi and Senate Majority Leader Chuck Schumer praised Biden's decision. ActBlue, the"
     " Democrats' fundraising platform, said it had raised $46.7 million in small donations by the evening."
     " Trump's campaign said Harris would be \"even worse\" than Biden. The Democratic National Convention"
     " will open in Chicago next month."),
    ('modern-51', '2023-11-30',
     'Henry Kissinger; Le Duc Tho',
     'Kissinger Associates',
     'richard-nixon gerald-ford xi-jinping george-w-bush',
     "Henry Kissinger, the diplomat who shaped American foreign policy during the Cold War, died on"
     " Wednesday at his home in Connecticut at the age of 100, his consulting firm, Kissinger Associates,"
     " said.\n\nAs national security adviser and secretary of state under Presidents Richard Nixon and Gerald"
     " Ford, he opened relations with China and negotiated an end to the Vietnam War, for which he shared"
     " the Nobel Peace Prize with Le Duc Tho. Critics accused him of war crimes in Cambodia and Chile. He met"
     " Xi Jinping in Beijing as recently as July. Former President George W. Bush called him \"one of the"
     " most dependable and distinctive voices on foreign affairs\"."),
    ('modern-52', '2024-11-18',
     'Mukhtar Babayev; Marina Silva',
     'Alliance of Small Island States; Least Developed Countries; Oxfam',
     '',
     "Talks at the COP29 climate summit in Baku stalled on Monday over how much rich countries should pay to"
     " help poorer ones. Mukhtar Babayev, Azerbaijan's ecology minister and the summit's president, urged"
     " negotiators to speed up.\n\nThe Alliance of Small Island States and the Least Developed Countries"
     " group walked out of a meeting on Saturday. Brazil's Marina Silva said the world could not leave Baku"
     " without a deal. Oxfam said the $250 billion a year on offer was \"an insult\"."),
    ('modern-53', '2025-01-20',
     'Shou Chew; Mike Johnson',
     'TikTok; Congress; House; Supreme Court; ByteDance; Apple; Google; Oracle',
     'donald-trump',
     "TikTok restored service to its 170 million American users on Sunday, hours after going dark, after"
     " Donald Trump said he would delay a ban that had taken effect under a law passed by Congress. Shou"
     " Chew, TikTok's chief executive, thanked Trump for his support.\n\nThe Supreme Court had upheld the law"
     " on Friday, which required ByteDance, TikTok's Chinese owner, to sell the app or see it banned. Apple"
     " and Google removed TikTok from their app stores. Oracle, which hosts TikTok's data in the United"
     " States, is among the possible buyers, according to people familiar with the matter. Mike Johnson,"
     " the House speaker, said Congress would enforce the law."),
    ('modern-54', '2024-10-23',
     'Rudy Giuliani|Giuliani; Ruby Freeman; Shaye Moss; Lewis Liman; Kenneth Caruso',
     'Georgia Bureau of Investigation',
     '',
     "A federal judge in New York on Tuesday ordered Rudy Giuliani to hand over his Manhattan apartment, his"
     " car and other assets to two former Georgia election workers he defamed. Ruby Freeman and her"
     " daughter, Shaye Moss, won a $148 million verdict against Giuliani last year after he falsely accused"
     " them of election fraud.\n\nJudge Lewis Liman gave Giuliani a week to comply. His lawyer, Kenneth"
     " Caruso, asked to withdraw from the case. The Georgia Bureau of Investigation found no evidence of"
     " fraud by the two women. Giuliani, a former mayor of New York, had filed for bankruptcy, but the case"
     " was dismissed in July."),
    # Sixth draw (modern-55 to modern-64): written after the rules the fifth asked for, and scored
    # before any rule was written for them.
    ('modern-55', '2024-06-03',
     'Xóchitl Gálvez',
     'Morena; National Electoral Institute; Banorte; Congress',
     'claudia-sheinbaum andres-manuel-lopez-obrador',
     "Claudia Sheinbaum won Mexico's presidential election by a landslide on Sunday, becoming the first woman"
     " to lead the country. The former mayor of Mexico City took about 59% of the vote, according to a quick"
     " count by the National Electoral Institute, more than 30 points ahead of Xóchitl Gálvez.\n\nSheinbaum,"
     " who ran for the ruling Morena party, has promised to continue the policies of her mentor, President"
     " Andrés Manuel López Obrador. The peso fell 4% on Monday on fears that Morena's large majority in"
     " Congress would allow it to change the constitution. Economists at Banorte said investors were"
     " worried about judicial reform."),
    ('modern-56', '2024-05-20',
     'Karim Khan; Yahya Sinwar; Mohammed Deif; Yoav Gallant',
     'International Criminal Court; Hamas',
     'benjamin-netanyahu joe-biden ismail-haniya',
     "The prosecutor of the International Criminal Court, Karim Khan, said on Monday he had applied for"
     " arrest warrants for Israeli Prime Minister Benjamin Netanyahu and Defence Minister Yoav Gallant, as"
     " well as three Hamas leaders: Yahya Sinwar, Mohammed Deif and Ismail Haniyeh.\n\nNetanyahu called the"
     " move \"absurd\". President Joe Biden said there was no equivalence between Israel and Hamas. The"
     " court's judges will now decide whether to issue the warrants. Israel is not a member of the court,"
     " and neither is the United States."),
    ('modern-57', '2023-01-26',
     'Gautam Adani|Adani; Nate Anderson',
     'Adani Group; Hindenburg Research; Adani Enterprises; Life Insurance Corporation of India',
     '',
     "Shares in companies controlled by Gautam Adani, Asia's richest man, fell sharply on Thursday after"
     " Hindenburg Research, a US short seller, accused the Adani Group of \"brazen stock manipulation and"
     " accounting fraud\". Adani Enterprises, the group's flagship, lost 1.5% ahead of a $2.5 billion share"
     " sale.\n\nThe group called the report \"malicious\" and said it would take legal action. Nate Anderson,"
     " who founded Hindenburg, said he stood by the findings. The Life Insurance Corporation of India, a"
     " big investor in Adani companies, said its exposure was small."),
    ('modern-58', '2024-12-16',
     'Peter Magyar',
     'Fidesz; European Commission; Tisza',
     'viktor-orban',
     "Hungary's Prime Minister Viktor Orban said on Monday that the European Commission was trying to"
     " punish his government by withholding billions of euros in funds over concerns about the rule of law."
     " The Commission said Budapest had not met the conditions for the money to be released.\n\nOrban's"
     " Fidesz party has governed since 2010. Its main challenger, Peter Magyar, a former government insider"
     " who leads the Tisza party, is ahead in several polls. Magyar said the frozen funds showed that Orban"
     " had isolated the country."),
    ('modern-59', '2023-06-15',
     'Godwin Emefiele; Yemi Cardoso',
     'Central Bank of Nigeria; Dangote Group',
     'bola-tinubu',
     "Nigeria's central bank let the naira fall by more than a third on Wednesday, unifying the country's"
     " exchange rates in the biggest economic change since President Bola Tinubu took office last month."
     " Tinubu had suspended the governor of the Central Bank of Nigeria, Godwin Emefiele, days"
     " earlier.\n\nBusinesses welcomed the move. The Dangote Group, the conglomerate of Africa's richest man,"
     " said it would make it easier to bring in investment. Yemi Cardoso was later named to lead the bank."),
    ('modern-60', '2024-11-26',
     'Jasprit Bumrah|Bumrah; Yashasvi Jaiswal; Virat Kohli|Kohli; Pat Cummins; Rohit Sharma|Sharma',
     'Board of Control for Cricket in India; Cricket Australia',
     '',
     "India beat Australia by 295 runs in Perth on Monday to take a 1-0 lead in the five-match Test series."
     " Jasprit Bumrah, captain in the absence of Rohit Sharma, took eight wickets in the match, and Yashasvi"
     " Jaiswal scored 161 in the second innings. Virat Kohli ended a run of poor form with an unbeaten"
     " century.\n\n\"We were outplayed,\" said Australia captain Pat Cummins. Cricket Australia said a record"
     " crowd had attended the first three days. The Board of Control for Cricket in India said Sharma would"
     " return for the second Test in Adelaide. Bumrah was named player of the match."),
    ('modern-61', '2024-01-03',
     'Vivek Trivedi; Victoria Atkins',
     'British Medical Association|BMA; NHS England; NHS',
     '',
     "Junior doctors in England began a six-day strike on Wednesday, the longest in the history of the NHS,"
     " in a dispute over pay. The British Medical Association said its members had seen their pay fall by a"
     " quarter in real terms since 2008. Vivek Trivedi, who co-chairs the BMA's junior doctors committee,"
     " said the government had not made a credible offer.\n\nHealth Secretary Victoria Atkins said the strike"
     " would put patients at risk. NHS England said about 88,000 appointments had been rescheduled during"
     " the previous walkout."),
    ('modern-62', '2024-10-13',
     'Elon Musk|Musk; Gwynne Shotwell',
     'SpaceX; Federal Aviation Administration; Nasa',
     '',
     "SpaceX caught the booster of its Starship rocket with the arms of its launch tower in Texas on"
     " Sunday, a feat never attempted before. \"The tower has caught the rocket!!\" Elon Musk wrote online."
     " The company's president, Gwynne Shotwell, called it a day for the history books.\n\nThe Federal"
     " Aviation Administration had approved the flight on Saturday. Nasa, which plans to use a version of"
     " Starship to land astronauts on the Moon, congratulated the company. Musk said the booster could fly"
     " again within weeks."),
    ('modern-63', '2024-02-05',
     'Taylor Swift; Billie Eilish; Miley Cyrus; Trevor Noah',
     'Recording Academy; CBS',
     '',
     "Taylor Swift won album of the year at the Grammy Awards on Sunday for a record fourth time, for"
     " Midnights, and announced a new album from the stage. Billie Eilish won song of the year, and Miley"
     " Cyrus took her first Grammys, including record of the year for Flowers.\n\nThe ceremony, hosted by"
     " Trevor Noah, was broadcast by CBS. The Recording Academy said the show had drawn its biggest"
     " audience in three years."),
    ('modern-64', '2024-08-02',
     'Evan Gershkovich; Paul Whelan; Vadim Krasikov; Alsu Kurmasheva',
     'Wall Street Journal; Radio Free Europe',
     'joe-biden vladimir-putin recep-tayyip-erdogan',
     "Russia freed Evan Gershkovich, a Wall Street Journal reporter, and Paul Whelan, a former US marine, on"
     " Thursday in the biggest prisoner swap between Moscow and the West since the Cold War. In return the"
     " United States and Germany released Vadim Krasikov, who was serving a life sentence for a murder in"
     " Berlin.\n\nThe exchange took place in Ankara and was brokered by Turkey's President Recep Tayyip"
     " Erdogan. Alsu Kurmasheva, a journalist for Radio Free Europe, was also freed. President Joe Biden met"
     " the freed Americans on their return. Vladimir Putin greeted Krasikov at a Moscow airport."),
    # Seventh draw (modern-65 to modern-74): written after the rules the sixth asked for, and scored
    # before any rule was written for them.
    ('modern-65', '2024-01-12',
     'Lloyd Austin|Austin; Hans Grundberg; Yahya Saree|Saree; Vincent Clerc',
     'US Central Command|Centcom; Royal Navy; Maersk; Hapag-Lloyd; Suez Canal Authority;'
     ' UN Security Council; UN',
     'joe-biden rishi-sunak',
     "American and British warplanes struck more than 60 targets in Yemen overnight in response to Houthi"
     " attacks on ships in the Red Sea, US Central Command said on Friday. President Joe Biden said the"
     " strikes were \"a clear message\" that attacks on international shipping would not be tolerated."
     " Prime Minister Rishi Sunak said the Royal Navy had acted in self-defence.\n\nA Houthi military"
     " spokesman, Yahya Saree, said five fighters had been killed and promised retaliation. Defence"
     " Secretary Lloyd Austin said the targets included drone and missile sites. Hans Grundberg, the UN"
     " special envoy for Yemen, urged all sides to show restraint.\n\nShipping companies including Maersk"
     " and Hapag-Lloyd have diverted vessels around the Cape of Good Hope, adding about ten days to"
     " voyages between Asia and Europe. Vincent Clerc, Maersk's chief executive, said the disruption could"
     " last months. The Suez Canal Authority said revenue had fallen sharply. Centcom said a further"
     " anti-ship missile was fired hours after the strikes. The UN Security Council met on Friday at"
     " Russia's request."),
    ('modern-66', '2024-06-26',
     'Godfrey Otunge; Jimmy Cherizier|Barbecue; Ndiritu Mutura',
     'Kenya National Police Service; High Court; Viv Ansanm; UN Security Council; Haitian National Police',
     'william-ruto garry-conille',
     "The first 400 Kenyan police officers of a multinational security mission arrived in Haiti on"
     " Tuesday, almost two years after the country's government asked for help against armed gangs."
     " Haiti's Prime Minister Garry Conille welcomed them at the airport in Port-au-Prince. \"The Kenyan"
     " officers are here to restore order,\" he said.\n\nThe mission, approved by the UN Security Council"
     " last October, will be led by Godfrey Otunge, a senior commander of the Kenya National Police Service."
     " Kenya's High Court had ruled in January that the deployment was unconstitutional before President"
     " William Ruto signed a new agreement with Haiti. Ndiritu Mutura, a Kenyan lawyer, said he would go"
     " back to court.\n\nGangs control most of the capital. Jimmy Cherizier, a former police officer known"
     " as Barbecue who leads the Viv Ansanm gang coalition, said his fighters were ready to resist any"
     " foreign force. The Haitian National Police, with about 10,000 officers, has struggled to hold"
     " ground."),
    ('modern-67', '2024-11-07',
     'Christian Lindner|Lindner; Robert Habeck; Volker Wissing',
     'Free Democrats|FDP; Social Democrats|SPD; Greens; Christian Democrats|CDU; Bundestag;'
     ' Alternative for Germany|AfD',
     'olaf-scholz friedrich-merz frank-walter-steinmeier',
     "Germany's three-party coalition collapsed on Wednesday night after Chancellor Olaf Scholz sacked"
     " his finance minister, Christian Lindner, in a dispute over how to fill a hole in next year's budget."
     " Scholz said he would call a vote of confidence in January, opening the way to an early election in"
     " March.\n\nLindner's Free Democrats left the government, leaving the Social Democrats and the Greens"
     " without a majority in the Bundestag. \"Too often, Lindner has broken my trust,\" Scholz said. The"
     " FDP leader accused the chancellor of a \"calculated breach\" of the coalition. Economy Minister Robert"
     " Habeck of the Greens said the timing, hours after the US election, was bad for Europe. Transport"
     " Minister Volker Wissing said he would quit the FDP and stay in the cabinet.\n\nFriedrich Merz,"
     " leader of the opposition Christian Democrats, demanded a vote of confidence next week. The CDU leads"
     " the polls, with the Alternative for Germany second. President Frank-Walter Steinmeier said he was"
     " ready to dissolve parliament if the vote was lost. The SPD would decide on its candidate for"
     " chancellor in the coming weeks."),
    ('modern-68', '2024-11-18',
     'Ted Christie; Michael Boyd',
     'Spirit Airlines|Spirit; JetBlue Airways|JetBlue; Frontier Airlines|Frontier; Department of Justice;'
     ' New York Stock Exchange; Fitch Ratings; Airbus',
     '',
     "Spirit Airlines filed for bankruptcy protection on Monday, weighed down by losses and debt after a"
     " federal judge blocked its planned merger with JetBlue Airways in January. The Florida-based budget"
     " carrier said it would keep flying and that customers could book and travel as normal.\n\nChief"
     " executive Ted Christie said the company had reached a deal with bondholders that would cut its debt"
     " and give it $350 million of new equity. Spirit had lost more than $2.2 billion since the start of"
     " 2020. Talks on a merger with Frontier Airlines ended without a deal last week, according to people"
     " familiar with the matter.\n\nThe Department of Justice had sued to block the JetBlue takeover, saying"
     " it would raise fares for travellers on a budget. Shares of Spirit, which lost a quarter of their"
     " value on Friday, would be delisted from the New York Stock Exchange. Fitch Ratings cut the airline's"
     " rating to restricted default. Michael Boyd, an aviation consultant, said Spirit's planes, mostly"
     " Airbus jets, would be in demand."),
    ('modern-69', '2024-02-12',
     'Sébastien Haller|Haller; Franck Kessié; William Troost-Ekong|Troost-Ekong; Emerse Faé|Faé;'
     ' Jean-Louis Gasset; José Peseiro; Victor Osimhen|Osimhen; Patrice Motsepe',
     'Confederation of African Football|CAF; Napoli',
     'alassane-ouattara',
     "Ivory Coast won the Africa Cup of Nations on home soil on Sunday, beating Nigeria 2-1 in the final"
     " in Abidjan to complete one of the most remarkable turnarounds in the tournament's history. The"
     " hosts had finished third in Group A and sacked their coach, Jean-Louis Gasset, before the knockout"
     " rounds.\n\nWilliam Troost-Ekong headed Nigeria in front before half-time, but Franck Kessié equalised"
     " from a corner and Sébastien Haller, the striker who was treated for testicular cancer in 2022,"
     " turned in the winner nine minutes from time. \"This is a miracle,\" said Emerse"
     " Faé, who took charge as interim coach. President Alassane Ouattara watched from the stands.\n\n"
     "Nigeria coach José Peseiro said his side had lacked sharpness in front of goal. Victor Osimhen, the"
     " Napoli forward and African player of the year, did not score in the final. Troost-Ekong was named"
     " player of the tournament. Patrice Motsepe, president of the Confederation of African Football,"
     " said the CAF was proud of the best Cup of Nations ever staged. Faé said Haller's goal belonged to"
     " the whole country."),
    ('modern-70', '2024-03-04',
     'Margrethe Vestager|Vestager; Daniel Ek; Tim Cook',
     'European Commission|Commission; Apple; Spotify; Deezer',
     '',
     "The European Commission fined Apple 1.8 billion euros on Monday for abusing its dominance in the"
     " market for music streaming apps, its first penalty against the iPhone maker. The Commission found"
     " that Apple had barred streaming services such as Spotify from telling users in their apps about"
     " cheaper ways to subscribe outside the App Store.\n\n\"For a decade, Apple abused its dominant"
     " position,\" competition commissioner Margrethe Vestager told reporters in Brussels. The investigation"
     " began after a complaint by Spotify in 2019. Daniel Ek, Spotify's co-founder and chief executive,"
     " called the decision a victory for consumers. The French service Deezer welcomed it too.\n\nApple said"
     " it would appeal, arguing that Spotify, not its own Apple Music, held 56% of the European market."
     " Tim Cook, Apple's chief executive, has said the company complies with the law. Vestager said the fine"
     " was meant to be a deterrent."),
    ('modern-71', '2024-02-06',
     'Lars Fruergaard Jorgensen|Jorgensen; David Ricks; Karsten Munk Knudsen',
     'Novo Nordisk|Novo; Novo Holdings; Catalent; Eli Lilly|Lilly; Food and Drug Administration|FDA',
     '',
     "Novo Holdings, the controlling shareholder of Novo Nordisk, agreed on Monday to buy Catalent, a US"
     " contract drugmaker, for $16.5 billion, as the Danish company races to make more of its Wegovy"
     " weight-loss drug. Novo Nordisk will then buy three of Catalent's factories for $11 billion.\n\n"
     "\"This is a big step to serve more patients,\" Novo chief executive Lars Fruergaard Jorgensen said."
     " Demand for Wegovy and the diabetes drug Ozempic has far outstripped supply, and both have been on the"
     " shortage list of the US Food and Drug Administration. Chief financial officer Karsten Munk Knudsen"
     " said production of Wegovy would more than double this year.\n\nRival Eli Lilly, whose Zepbound"
     " competes with Wegovy, is also spending billions on new plants. Lilly chief executive David Ricks has"
     " said supply will stay tight. Jorgensen said the FDA had been kept informed. Catalent's shares rose"
     " 9%."),
    ('modern-72', '2024-07-08',
     'Shari Redstone|Redstone; David Ellison|Ellison; Larry Ellison; Gerry Cardinale; Jeff Shell',
     'Paramount Global|Paramount; Skydance Media|Skydance; National Amusements; RedBird Capital Partners;'
     ' Oracle; CBS; Paramount Pictures; MTV; NBCUniversal',
     '',
     "Paramount Global agreed on Sunday to merge with Skydance Media, the studio founded by David Ellison,"
     " ending months of talks over the future of the company that owns CBS, Paramount Pictures and MTV."
     " Under the deal, Skydance and its backers will buy National Amusements, the Redstone family's holding"
     " company, for $2.4 billion, and then merge with Paramount.\n\nShari Redstone, who controls National"
     " Amusements, said the industry was changing and Paramount needed to be strengthened. Ellison, the son"
     " of Oracle co-founder Larry Ellison, will become chief executive of the combined company. RedBird"
     " Capital Partners, the investment firm run by Gerry Cardinale, is also part of the deal. Former"
     " NBCUniversal chief Jeff Shell will become president.\n\nThe agreement allows Paramount's board 45"
     " days to seek a better offer. Shares of Paramount fell 5% in early trading."),
    ('modern-73', '2024-08-24',
     'Butch Wilmore|Wilmore; Suni Williams|Williams; Bill Nelson|Nelson; Ken Bowersox',
     'Nasa; Boeing; SpaceX',
     '',
     "Nasa said on Saturday that the two astronauts who flew to the International Space Station on"
     " Boeing's Starliner capsule in June will return to Earth in February on a SpaceX spacecraft,"
     " because of doubts about the safety of Starliner's thrusters. Butch Wilmore and Suni Williams had"
     " been due to spend about eight days on the station.\n\n\"Space flight is risky, even at its safest,\""
     " Nasa administrator Bill Nelson told reporters in Houston. Nelson said the decision to bring Starliner"
     " back empty was the result of a commitment to safety. Ken Bowersox, who heads space operations at"
     " Nasa, said the agency had not been able to model the thrusters' behaviour well enough.\n\nBoeing said"
     " it remained focused on the safety of the crew. The decision is a setback for the company, whose"
     " Starliner programme is years behind schedule and over budget. Wilmore and Williams will join the"
     " next SpaceX crew on the station."),
    ('modern-74', '2024-08-06',
     'Waker-uz-Zaman; Nahid Islam',
     'Awami League; Bangladesh Nationalist Party|BNP; Grameen Bank',
     'sheikh-hasina muhammad-yunus mohammad-shahabuddin khaleda-zia',
     "Bangladesh's President Mohammed Shahabuddin dissolved parliament on Tuesday, a day after Prime"
     " Minister Sheikh Hasina resigned and fled to India as protesters stormed her official residence in"
     " Dhaka. Army chief General Waker-uz-Zaman said an interim government would be formed.\n\nStudent"
     " leaders demanded that Muhammad Yunus, the Nobel laureate who founded Grameen Bank, lead it. \"We"
     " trust Dr Yunus,\" said Nahid Islam, a coordinator of the protest movement. The president also ordered"
     " the release of former prime minister Khaleda Zia, the leader of the Bangladesh Nationalist Party,"
     " who had been under house arrest.\n\nHasina, 76, had ruled for 15 years. Her Awami League said its"
     " offices had been attacked across the country. More than 300 people have been killed since the"
     " protests over job quotas began in July. The BNP called for elections within three months."),
    # Eighth draw (modern-75 to modern-84): written after the rules the seventh asked for, and scored
    # before any rule was written for them.
    ('modern-75', '2024-10-01',
     'Shinjiro Koizumi; Kazuo Ueda',
     'Liberal Democratic Party|LDP; Komeito; Bank of Japan',
     'shigeru-ishiba fumio-kishida sanae-takaichi',
     "Shigeru Ishiba was elected Japan's prime minister by parliament on Tuesday and said he would call a"
     " general election for October 27, seeking a fresh mandate for the ruling Liberal Democratic Party"
     " after a year of scandals over political funding.\n\nIshiba, a former defence minister, won the LDP"
     " leadership on Friday, beating Sanae Takaichi in a run-off. Shinjiro Koizumi, the son of a former"
     " prime minister, came third. Ishiba replaces Fumio Kishida, who did not stand again after his"
     " approval ratings fell below 20%.\n\nThe LDP governs in coalition with Komeito. Ishiba named Takaichi's"
     " rivals to most senior posts. Markets were watching for his views on the Bank of Japan, whose"
     " governor, Kazuo Ueda, raised interest rates in July. Ishiba said the central bank should decide"
     " policy on its own."),
    ('modern-76', '2024-01-10',
     'Alan Bates|Bates; Paula Vennells|Vennells; Kevin Hollinrake; Wyn Williams',
     'Post Office; Fujitsu; ITV',
     'rishi-sunak',
     "Prime Minister Rishi Sunak promised on Wednesday to pass a law clearing hundreds of sub-postmasters"
     " wrongly convicted of theft and fraud because of faults in the Post Office's Horizon computer"
     " system, calling it one of the greatest miscarriages of justice in British history.\n\nThe scandal"
     " returned to the headlines after ITV broadcast Mr Bates vs The Post Office, a drama about Alan Bates,"
     " the former sub-postmaster who led a campaign for justice. More than a million people signed a"
     " petition calling for Paula Vennells, the Post Office's chief executive from 2012 to 2019, to be"
     " stripped of her CBE; she said on Tuesday she would hand it back.\n\nPostal affairs minister Kevin"
     " Hollinrake said victims would be paid £600,000 each. Fujitsu, which built Horizon, has been asked"
     " to contribute. A public inquiry chaired by Sir Wyn Williams will hear from Fujitsu staff next week."
     " Bates said the announcement was a step forward but that many had died waiting."),
    ('modern-77', '2024-12-03',
     'Pat Gelsinger|Gelsinger; David Zinsner; Michelle Johnston Holthaus; Frank Yeary',
     'Intel; Taiwan Semiconductor Manufacturing Co|TSMC; Nvidia; Commerce Department',
     '',
     "Intel chief executive Pat Gelsinger has retired after the board lost confidence in his plan to"
     " turn around the chipmaker, the company said on Monday. Chief financial officer David Zinsner and"
     " Michelle Johnston Holthaus, head of the products group, will serve as interim co-chief executives,"
     " while independent chair Frank Yeary becomes interim executive chair.\n\nGelsinger returned to Intel"
     " in 2021 with a plan to make chips for other companies and challenge Taiwan Semiconductor"
     " Manufacturing Co. But the company has lost ground to Nvidia in chips for artificial intelligence,"
     " and its shares have fallen by more than half this year. Last week the Commerce Department"
     " finalised a grant of $7.86 billion under the Chips Act.\n\nAnalysts said the board might look for an"
     " outsider. TSMC makes most of the world's advanced chips. Intel's shares rose 6% in early trade."),
    ('modern-78', '2024-07-21',
     'Tadej Pogacar|Pogacar; Jonas Vingegaard|Vingegaard; Remco Evenepoel; Mark Cavendish',
     'UAE Team Emirates; Visma-Lease a Bike; Soudal Quick-Step; Astana',
     '',
     "Tadej Pogacar won the Tour de France for the third time on Sunday, taking the final time trial in"
     " Nice to finish more than six minutes ahead of Jonas Vingegaard. The 25-year-old Slovenian, who"
     " rides for UAE Team Emirates, became the first rider since 1998 to win the Giro d'Italia and the"
     " Tour in the same year.\n\n\"It's been an amazing three weeks,\" Pogacar said. Vingegaard, of Visma-Lease"
     " a Bike, who won the last two editions, had returned from a serious crash in April. Remco Evenepoel of"
     " Soudal Quick-Step finished third on his Tour debut.\n\nThe race ended outside Paris for the first time"
     " because of the Olympic Games. Mark Cavendish of Astana won a record 35th stage earlier in the race."),
    ('modern-79', '2024-06-15',
     'John Steenhuisen|Steenhuisen; Julius Malema|Malema; Velenkosini Hlabisa',
     'African National Congress|ANC; Democratic Alliance|DA; Inkatha Freedom Party; uMkhonto weSizwe|MK;'
     ' Economic Freedom Fighters|EFF; National Assembly',
     'cyril-ramaphosa jacob-zuma',
     "Cyril Ramaphosa was re-elected South Africa's president by the National Assembly on Friday after his"
     " African National Congress agreed to govern with its long-time rival, the Democratic Alliance. The"
     " ANC lost its majority in last month's election for the first time since the end of apartheid.\n\n"
     "\"This is a new era,\" said John Steenhuisen, the DA leader, whose party won 22% of the vote. The"
     " Inkatha Freedom Party, led by Velenkosini Hlabisa, also joined what Ramaphosa called a government"
     " of national unity.\n\nFormer president Jacob Zuma's uMkhonto weSizwe party, which came third,"
     " boycotted the sitting and says the election was rigged. Julius Malema of the Economic Freedom"
     " Fighters, who stood against Ramaphosa, said the deal betrayed black South Africans. The EFF won 9%."),
    ('modern-80', '2024-07-20',
     'George Kurtz|Kurtz; Ed Bastian',
     'CrowdStrike; Microsoft; Delta Air Lines|Delta; Federal Aviation Administration; NBC',
     '',
     "Airlines, banks and hospitals around the world were recovering on Saturday from one of the largest"
     " computer outages in history, caused by a faulty software update from the cybersecurity company"
     " CrowdStrike. Microsoft said about 8.5 million Windows devices had been affected.\n\n\"We're deeply"
     " sorry for the impact that we've caused,\" George Kurtz, CrowdStrike's chief executive, told NBC."
     " Kurtz said the problem had been found and fixed but that some systems could take time to come back.\n\n"
     "Delta Air Lines cancelled more than 3,000 flights over two days. Ed Bastian, Delta's chief executive,"
     " said the airline was working around the clock. The Federal Aviation Administration said it was"
     " monitoring the situation. Shares of CrowdStrike fell 11% on Friday."),
    ('modern-81', '2024-01-26',
     'Joan Donoghue; Naledi Pandor',
     'International Court of Justice|ICJ; Hamas',
     'benjamin-netanyahu',
     "The International Court of Justice ordered Israel on Friday to take all measures within its power"
     " to prevent genocide in Gaza, but stopped short of ordering a ceasefire, in a case brought by South"
     " Africa. The court's president, Joan Donoghue, said at least some of the rights claimed by South Africa"
     " were plausible.\n\nIsraeli Prime Minister Benjamin Netanyahu called the charge of genocide \"outrageous\""
     " and said Israel would continue to defend itself against Hamas. South Africa's foreign minister,"
     " Naledi Pandor, said she would have preferred an order to stop the fighting. The ICJ's rulings are"
     " binding but it has no means to enforce them.\n\nIsrael must report to the court within a month."),
    ('modern-82', '2024-09-05',
     'Liam Gallagher; Noel Gallagher',
     'Oasis; Ticketmaster; Competition and Markets Authority|CMA; Live Nation',
     '',
     "Britain's Competition and Markets Authority opened an investigation on Thursday into Ticketmaster's"
     " sale of tickets for the Oasis reunion tour, after fans complained that prices rose while they waited"
     " in online queues. Some standing tickets rose from £148 to more than £350.\n\nThe CMA said it would"
     " look at whether \"dynamic pricing\" had broken consumer law. Ticketmaster, owned by Live Nation, said"
     " it did not set prices. Liam Gallagher and Noel Gallagher, who announced the band's first concerts"
     " in 16 years last week, said they had left decisions on ticketing to promoters.\n\nOasis have added"
     " dates in Wembley and Edinburgh."),
    ('modern-83', '2024-04-02',
     'Mandy Cohen; Tom Vilsack',
     'Centers for Disease Control and Prevention|CDC; Department of Agriculture|USDA;'
     ' Texas Department of State Health Services',
     '',
     "A dairy worker in Texas has been infected with bird flu after contact with cattle, the first known"
     " case of a person catching the H5N1 virus from a mammal, the Centers for Disease Control and"
     " Prevention said on Monday. The patient's only symptom was eye redness.\n\nThe Texas Department of"
     " State Health Services said the worker was being treated with an antiviral drug. CDC director Mandy"
     " Cohen said the risk to the public remained low. The virus has been found in dairy herds in five"
     " states.\n\nAgriculture Secretary Tom Vilsack said the Department of Agriculture was testing milk from"
     " affected farms. The USDA said pasteurised milk was safe to drink."),
    ('modern-84', '2024-06-26',
     'Irungu Houghton; Rigathi Gachagua',
     'Amnesty International Kenya; Kenya National Commission on Human Rights',
     'william-ruto',
     "Kenya's President William Ruto withdrew a finance bill on Wednesday that would have raised taxes, a"
     " day after protesters stormed parliament in Nairobi and police opened fire, killing at least 22"
     " people. \"The people have spoken,\" Ruto said in a televised address.\n\nThe Kenya National Commission"
     " on Human Rights said it had recorded 22 deaths and hundreds of injuries. Irungu Houghton, the head"
     " of Amnesty International Kenya, called for the police who fired on protesters to be prosecuted."
     " Deputy President Rigathi Gachagua blamed the intelligence services for failing to warn of the"
     " unrest.\n\nThe Finance Bill 2024 had been meant to raise $2.7 billion. The protests, led largely by"
     " young people, were organised online."),
    # Ninth draw (modern-85 to modern-94): written after the rules the eighth asked for, and scored
    # before any rule was written for them.
    ('modern-85', '2024-10-09',
     'David Baker|Baker; Demis Hassabis|Hassabis; John Jumper|Jumper; Heiner Linke; John Hopfield;'
     ' Geoffrey Hinton',
     'University of Washington; Google DeepMind|DeepMind; Royal Swedish Academy of Sciences; Google',
     '',
     "The Nobel Prize in Chemistry was awarded on Wednesday to David Baker of the University of Washington"
     " and to Demis Hassabis and John Jumper of Google DeepMind for their work on the structure and design"
     " of proteins. The Royal Swedish Academy of Sciences said Baker had built entirely new kinds of"
     " protein, while Hassabis and Jumper had developed AlphaFold, an artificial intelligence model that"
     " predicts the structures of almost all known proteins.\n\n\"I'm just really honoured,\" Jumper told"
     " reporters in London. Hassabis, who co-founded DeepMind in 2010 before it was bought by Google, said"
     " the prize showed what AI could do for science. Heiner Linke, who chairs the committee that chose the"
     " winners, said one discovery was about building spectacular proteins and the other about fulfilling"
     " a 50-year-old dream.\n\nA day earlier the physics prize went to John Hopfield and Geoffrey Hinton,"
     " who left Google last year to speak freely about the risks of AI. Half of the chemistry prize of 11"
     " million Swedish crowns goes to Baker."),
    ('modern-86', '2025-01-27',
     'Liang Wenfeng|Liang; Marc Andreessen; Satya Nadella',
     'Nvidia; DeepSeek; OpenAI; High-Flyer; Apple; Broadcom; Oracle; Microsoft',
     'donald-trump',
     "Nvidia shares fell 17% on Monday, wiping almost $600 billion off its market value, the biggest"
     " one-day loss for any company in Wall Street history, after the Chinese start-up DeepSeek said it had"
     " built an AI model that rivals the best from OpenAI for a fraction of the cost.\n\nDeepSeek, founded"
     " in Hangzhou by Liang Wenfeng and backed by his hedge fund High-Flyer, said its R1 model had been"
     " trained on less powerful chips. Its assistant overtook ChatGPT as the most downloaded free app on"
     " Apple's App Store in the United States. Venture capitalist Marc Andreessen called it \"AI's Sputnik"
     " moment\". Liang has given few interviews.\n\nShares of Broadcom fell 17% and those of Oracle 14%."
     " President Donald Trump said the release should be \"a wake-up call\" for American industry. Nvidia"
     " called DeepSeek's work an excellent advance. Microsoft chief executive Satya Nadella said cheaper AI"
     " would mean more demand for it."),
    ('modern-87', '2025-04-03',
     'Scott Bessent|Bessent; Howard Lutnick; Ursula von der Leyen',
     'Apple; Nike; European Union; European Commission; JPMorgan',
     'donald-trump mark-carney',
     "Stock markets around the world fell on Thursday after President Donald Trump announced tariffs of at"
     " least 10% on imports from almost every country, with higher rates for the European Union, China and"
     " dozens of others. The S&P 500 fell almost 5%, its worst day since 2020. Shares of Apple, which makes"
     " most of its iPhones in China, dropped 9%, and Nike fell 14%.\n\nTreasury Secretary Scott Bessent told"
     " other countries not to retaliate. \"If you retaliate, there will be escalation,\" Bessent said."
     " Commerce Secretary Howard Lutnick said the tariffs would stay in place until other countries lowered"
     " their barriers. China's commerce ministry vowed countermeasures.\n\nCanada's Prime Minister Mark"
     " Carney said his government would respond with tariffs on American cars. European Commission"
     " President Ursula von der Leyen called the move a major blow to the world economy. Economists at"
     " JPMorgan raised the chance of a US recession this year to 60%."),
    ('modern-88', '2024-10-31',
     'Freddie Freeman|Freeman; Shohei Ohtani|Ohtani; Walker Buehler; Aaron Judge|Judge;'
     ' Dave Roberts|Roberts',
     'Los Angeles Dodgers|Dodgers; New York Yankees|Yankees; Los Angeles Angels',
     '',
     "The Los Angeles Dodgers won the World Series on Wednesday, coming back from five runs down to beat"
     " the New York Yankees 7-6 in Game 5 and take the series four games to one. Freddie Freeman, who hit a"
     " grand slam to win Game 1, was named the most valuable player.\n\nIt was the first title for Shohei"
     " Ohtani, who joined the Dodgers from the Los Angeles Angels last year on a record $700 million"
     " contract. \"I want to keep winning,\" Ohtani said through an interpreter. Walker Buehler closed out"
     " the ninth inning.\n\nThe Yankees made three errors in a five-run fifth inning, one of them by Aaron"
     " Judge, who dropped a routine fly ball. \"It's on me,\" Judge said. Dodgers manager Dave Roberts said"
     " his team had never given up. Freeman played through an ankle injury all series."),
    ('modern-89', '2024-12-07',
     'Calin Georgescu|Georgescu; Elena Lasconi|Lasconi',
     'Constitutional Court; TikTok; Save Romania Union; Social Democratic Party',
     'klaus-iohannis marcel-ciolacu',
     "Romania's Constitutional Court annulled the first round of the presidential election on Friday, two"
     " days before a run-off, after declassified intelligence documents said the campaign of the far-right"
     " candidate Calin Georgescu had been boosted by a Russian-backed operation on TikTok.\n\nGeorgescu, a"
     " little-known independent who had polled in single digits, came first in the first round on November"
     " 24. He called the ruling a formalised coup. His rival in the run-off, Elena Lasconi of the Save"
     " Romania Union, said the decision was illegal but that the vote had been tainted.\n\nPresident Klaus"
     " Iohannis, whose term was due to end this month, said he would stay in office until a new president"
     " was elected. Prime Minister Marcel Ciolacu, of the Social Democratic Party, backed the ruling."
     " TikTok said it had found no evidence of a covert network. The Kremlin denied interfering."),
    ('modern-90', '2024-12-10',
     'Brian Thompson|Thompson; Luigi Mangione|Mangione; Jessica Tisch; Thomas Dickey; Andrew Witty;'
     ' Alvin Bragg',
     "UnitedHealthcare; McDonald's; University of Pennsylvania; UnitedHealth Group|UnitedHealth",
     '',
     "A 26-year-old man was charged on Monday with the murder of Brian Thompson, the chief executive of"
     " UnitedHealthcare, after an employee at a McDonald's in Altoona, Pennsylvania, recognised him from"
     " pictures released by police. Luigi Mangione was carrying a gun and a silencer like those used in"
     " the shooting in Manhattan last Wednesday, New York police commissioner Jessica Tisch said.\n\n"
     "Mangione, a graduate of the University of Pennsylvania, also had a handwritten document that"
     " criticised the health insurance industry, officials said. His lawyer, Thomas Dickey, said he would"
     " plead not guilty to the charges in Pennsylvania.\n\nThompson, 50, was shot as he walked to an"
     " investor conference of UnitedHealth Group, the insurer's parent company. Andrew Witty,"
     " UnitedHealth's chief executive, said the company was devastated. Manhattan District Attorney Alvin"
     " Bragg said his office would seek Mangione's extradition."),
    ('modern-91', '2025-03-03',
     "Sean Baker|Baker; Walt Disney; Mikey Madison; Demi Moore; Adrien Brody; Zoe Saldana;"
     " Conan O'Brien",
     'ABC; Academy of Motion Picture Arts and Sciences; Neon',
     '',
     "Anora, Sean Baker's comedy about a young sex worker in Brooklyn who marries the son of a Russian"
     " oligarch, won best picture at the Academy Awards on Sunday, one of five Oscars for the film. Baker"
     " won for directing, original screenplay and editing, equalling a record set by Walt Disney in 1954"
     " for the most awards won by one person in a night.\n\nMikey Madison, 25, won best actress for the"
     " title role, beating Demi Moore, who had been the favourite for The Substance. Adrien Brody won best"
     " actor for The Brutalist, his second Oscar after The Pianist. Zoe Saldana won best supporting actress"
     " for Emilia Perez.\n\nThe ceremony, hosted by Conan O'Brien, was broadcast by ABC. The Academy of"
     " Motion Picture Arts and Sciences had delayed its nominations because of the wildfires in Los"
     " Angeles. Neon, which distributed Anora, has now released the last five winners of the Palme d'Or."),
    ('modern-92', '2024-08-14',
     'Brian Niccol|Niccol; Laxman Narasimhan|Narasimhan; Mellody Hobson; Scott Boatwright',
     'Starbucks; Chipotle Mexican Grill|Chipotle; Luckin Coffee; Elliott Management; Starboard Value;'
     ' Taco Bell; PepsiCo',
     '',
     "Starbucks named Brian Niccol, the chief executive of Chipotle Mexican Grill, as its new chief"
     " executive on Tuesday, replacing Laxman Narasimhan after less than 18 months in the job. Shares of"
     " Starbucks jumped 24%, their biggest one-day gain, while Chipotle's fell 7.5%.\n\nThe coffee chain has"
     " faced falling sales in the United States and China, where it competes with cheaper rivals such as"
     " Luckin Coffee. The activist investors Elliott Management and Starboard Value had built stakes in the"
     " company this year. \"Brian is a transformational leader,\" said Mellody Hobson, Starbucks' chair.\n\n"
     "Niccol, who previously ran Taco Bell, is credited with reviving Chipotle after a series of food"
     " safety scares. Chipotle named its operating chief, Scott Boatwright, as interim chief executive."
     " Narasimhan, a former PepsiCo executive, steps down immediately."),
    ('modern-93', '2024-04-15',
     'Scottie Scheffler|Scheffler; Ludvig Aberg; Collin Morikawa; Max Homa; Tommy Fleetwood; Jon Rahm;'
     ' Tiger Woods; Bryson DeChambeau',
     'PGA Tour; LIV Golf',
     '',
     "Scottie Scheffler won the Masters for the second time in three years on Sunday, closing with a"
     " four-under-par 68 at Augusta to finish four shots clear of Ludvig Aberg, the Swede who was playing"
     " in his first major championship.\n\nThe world number one pulled away with three birdies in four"
     " holes after the turn. Collin Morikawa, Max Homa and Tommy Fleetwood shared third place. \"I can't put"
     " into words what it means,\" said Scheffler, who flew home to Dallas, where his wife is expecting"
     " their first child.\n\nJon Rahm, the defending champion, who left the PGA Tour for LIV Golf in"
     " December, finished tied for 45th. Tiger Woods made the cut for a record 24th straight time but"
     " finished last of the 60 players who did. Bryson DeChambeau, who led after the first round, was"
     " sixth."),
    ('modern-94', '2024-12-04',
     'Marine Le Pen|Le Pen; Jordan Bardella; Olivier Faure',
     "National Assembly; New Popular Front; National Rally; Moody's; S&P Global; Socialist Party",
     'michel-barnier emmanuel-macron',
     "French Prime Minister Michel Barnier's government was toppled on Wednesday when the National Assembly"
     " passed a motion of no confidence, the first to bring down a French government since 1962. The"
     " motion, brought by the left-wing New Popular Front, was backed by Marine Le Pen's National Rally and"
     " won 331 votes.\n\nBarnier, appointed by President Emmanuel Macron in September, had forced through a"
     " social security budget without a vote. \"This is not a pleasure for us,\" Le Pen told lawmakers."
     " Jordan Bardella, the National Rally's president, said Barnier had ignored the voters.\n\nMacron will"
     " address the nation on Thursday. The crisis pushed France's borrowing costs above those of Greece,"
     " and Moody's and S&P Global are due to review the country's credit rating. Socialist Party leader"
     " Olivier Faure said the left was ready to talk to the president about a new government."),
    # Tenth draw (modern-95 to modern-104): written after the rules the ninth asked for, and scored
    # before any rule was written for them.
    ('modern-95', '2024-03-22',
     'Merrick Garland; Jonathan Kanter',
     'Justice Department; Apple; Samsung; Google',
     '',
     "The US Justice Department and 16 states sued Apple on Thursday, accusing the iPhone maker of"
     " illegally monopolising the smartphone market by making it hard for consumers to switch to rival"
     " devices. \"Consumers should not have to pay higher prices because companies break the law,\" Attorney"
     " General Merrick Garland said at a news conference.\n\nThe lawsuit, filed in federal court in New"
     " Jersey, says Apple blocks features such as messaging apps and digital wallets that work across"
     " platforms, and that it has degraded messages sent between iPhones and Android phones made by Samsung"
     " and others. Apple said the suit was wrong on the facts and the law and that it would vigorously"
     " defend against it.\n\nThe case follows the department's suit against Google over its search"
     " business. Jonathan Kanter, who heads the antitrust division, said Apple had used its power to"
     " extract more money from consumers, developers and artists. Shares of Apple fell 4%."),
    ('modern-96', '2024-09-23',
     'Sajith Premadasa; Harini Amarasuriya',
     "National People's Power; Janatha Vimukthi Peramuna; International Monetary Fund|IMF",
     'anura-kumara-dissanayake ranil-wickremesinghe gotabaya-rajapaksa',
     "Anura Kumara Dissanayake was sworn in as Sri Lanka's president on Monday after a Marxist-leaning"
     " coalition won its first presidential election, two years after an economic collapse brought down the"
     " government. Dissanayake, 55, leads the National People's Power alliance, whose main party is the"
     " Janatha Vimukthi Peramuna, which led two armed uprisings in the 1970s and 1980s.\n\nHe beat"
     " opposition leader Sajith Premadasa in a second count of preferences, while the incumbent, Ranil"
     " Wickremesinghe, came third. \"This victory belongs to all of us,\" Dissanayake wrote on X."
     " Wickremesinghe had steered the country through a $2.9 billion bailout from the International"
     " Monetary Fund after the 2022 protests forced Gotabaya Rajapaksa to flee.\n\nDissanayake has promised"
     " to renegotiate parts of the IMF deal. Harini Amarasuriya, a university lecturer, was named prime"
     " minister."),
    ('modern-97', '2025-02-10',
     'Jalen Hurts; Patrick Mahomes|Mahomes; Nick Sirianni; Kendrick Lamar; SZA; Taylor Swift; Travis Kelce',
     'Philadelphia Eagles|Eagles; Kansas City Chiefs|Chiefs; Fox',
     'donald-trump',
     "The Philadelphia Eagles beat the Kansas City Chiefs 40-22 in the Super Bowl in New Orleans on Sunday,"
     " ending the Chiefs' bid to become the first team to win three titles in a row. Jalen Hurts threw two"
     " touchdown passes and ran for another and was named the game's most valuable player.\n\nThe Eagles'"
     " defence sacked Patrick Mahomes six times and intercepted him twice, and led 24-0 at half-time. \"We"
     " had a great plan,\" said Eagles coach Nick Sirianni. Mahomes said his team had not been good enough."
     "\n\nKendrick Lamar headlined the half-time show, with SZA, and performed his hit Not Like Us."
     " President Donald Trump, the first sitting president to attend the game, left at half-time. Taylor"
     " Swift, who is dating Chiefs tight end Travis Kelce, was booed when she was shown on the stadium's"
     " screens. The game was broadcast by Fox."),
    ('modern-98', '2024-02-23',
     'Tim Crain; Bill Nelson; Steve Altemus',
     'Intuitive Machines; Nasa; Astrobotic Technology',
     '',
     "A spacecraft built by Intuitive Machines landed near the moon's south pole on Thursday, the first"
     " American landing on the moon since 1972 and the first by a private company. The Houston firm's"
     " Odysseus lander sent a faint signal after touching down, and engineers spent hours confirming it was"
     " working.\n\n\"Houston, Odysseus has found its new home,\" said Tim Crain, the company's chief"
     " technology officer. Nasa, which paid Intuitive Machines $118 million to carry six instruments,"
     " hailed the landing. \"Today, for the first time in more than a half century, the US has returned to"
     " the moon,\" Nasa administrator Bill Nelson said.\n\nA lander built by Astrobotic Technology failed to"
     " reach the moon last month after a fuel leak. Steve Altemus, Intuitive Machines' chief executive,"
     " said on Friday that the lander had tipped over and was lying on its side."),
    ('modern-99', '2025-02-27',
     'Robert F. Kennedy Jr; Zach Holbrooks',
     'Texas Department of State Health Services; Centers for Disease Control and Prevention;'
     ' South Plains Public Health District',
     '',
     "A child has died of measles in west Texas, the first death from the disease in the United States in a"
     " decade, state health officials said on Wednesday. The child, who was not vaccinated, was among more"
     " than 120 people infected in an outbreak centred on Gaines County, many of them in a Mennonite"
     " community.\n\nThe Texas Department of State Health Services said most of the cases were in children."
     " Health Secretary Robert F. Kennedy Jr, a longtime critic of vaccines, told a cabinet meeting that"
     " measles outbreaks were not unusual. His department later said it was following the outbreak closely"
     " and that the Centers for Disease Control and Prevention was supporting the state.\n\nDoctors urged"
     " parents to vaccinate their children. Zach Holbrooks, the executive director of the South Plains"
     " Public Health District, said the outbreak was likely to grow."),
    ('modern-100', '2024-11-29',
     'Nika Gvaramia',
     'European Union; Georgian Dream; State Department; Coalition for Change',
     'irakli-kobakhidze salome-zourabichvili bidzina-ivanichvili',
     "Thousands of protesters clashed with police in Tbilisi for a second night on Friday after Prime"
     " Minister Irakli Kobakhidze said Georgia would suspend talks on joining the European Union until 2028."
     " Police used water cannon and tear gas outside parliament, and the interior ministry said 43 people"
     " had been detained.\n\nPresident Salome Zourabichvili, a critic of the ruling Georgian Dream party,"
     " said she would not leave office when her term ends next month, calling the new parliament"
     " illegitimate after an October election that the opposition says was rigged. Georgian Dream was"
     " founded by Bidzina Ivanishvili, a billionaire who made his fortune in Russia.\n\nThe US State"
     " Department said it was suspending its strategic partnership with Georgia. Kobakhidze accused the"
     " opposition of planning a revolution. Nika Gvaramia, a leader of the Coalition for Change, said the"
     " protests would continue."),
    ('modern-101', '2024-01-07',
     'Mike Whitaker; Jennifer Homendy; Dave Calhoun; Ben Minicucci',
     'Federal Aviation Administration|FAA; Boeing; Alaska Airlines|Alaska; National Transportation Safety'
     ' Board; United Airlines; Spirit AeroSystems',
     '',
     "The Federal Aviation Administration ordered the temporary grounding of 171 Boeing 737 Max 9 jets on"
     " Saturday, a day after a panel blew out of an Alaska Airlines plane at 16,000 feet, forcing an"
     " emergency landing in Portland, Oregon. None of the 171 passengers and six crew were seriously hurt."
     "\n\n\"Safety will continue to drive our decision-making,\" said FAA administrator Mike Whitaker."
     " Jennifer Homendy, who chairs the National Transportation Safety Board, said the plane had shown"
     " pressurisation warnings on three earlier flights. Alaska Airlines and United Airlines, the two US"
     " carriers that fly the Max 9, cancelled hundreds of flights.\n\nThe panel, a door plug, was installed"
     " by Spirit AeroSystems, which makes the fuselage. Boeing chief executive Dave Calhoun told employees"
     " the company would acknowledge its mistake. Ben Minicucci, Alaska's chief executive, said the airline"
     " was inspecting its fleet."),
    ('modern-102', '2024-06-02',
     'Dani Carvajal; Vinicius Junior; Toni Kroos; Karim Adeyemi; Niclas Fullkrug; Carlo Ancelotti;'
     ' Jude Bellingham; Edin Terzic; Kylian Mbappe',
     'Real Madrid|Real; Borussia Dortmund|Dortmund; Paris Saint-Germain',
     '',
     "Real Madrid won the Champions League for a record 15th time on Saturday, beating Borussia Dortmund"
     " 2-0 at Wembley with late goals from Dani Carvajal and Vinicius Junior. Toni Kroos, who retires after"
     " next month's European Championship, played his last club game.\n\nDortmund missed several chances in"
     " the first half, with Karim Adeyemi and Niclas Fullkrug both denied. \"We suffered a lot,\" said Real"
     " manager Carlo Ancelotti, who became the first coach to win the trophy five times. Jude Bellingham, in"
     " his first season at the club after joining from Dortmund, said it was the best night of his career."
     "\n\nDortmund coach Edin Terzic said his side had not taken its chances. Kylian Mbappe is expected to"
     " join Real from Paris Saint-Germain this summer."),
    ('modern-103', '2024-10-20',
     'Gibran Rakabuming Raka; Sri Mulyani Indrawati',
     'Gerindra; Amnesty International',
     'prabowo-subianto joko-widodo lawrence-wong',
     "Prabowo Subianto was sworn in as Indonesia's president on Sunday, a former special forces general who"
     " lost two elections to his predecessor, Joko Widodo, before winning in February with Widodo's tacit"
     " support. Gibran Rakabuming Raka, Widodo's 37-year-old son, became vice-president.\n\nIn his first"
     " speech, Prabowo promised to make the country self-sufficient in food and energy and to fight"
     " corruption. He named a cabinet of 48 ministers, the largest since the 1960s, including Sri Mulyani"
     " Indrawati, who stays as finance minister.\n\nPrabowo's Gerindra party leads a coalition that controls"
     " most seats in parliament. Rights groups, including Amnesty International, have raised concerns"
     " about his record as a commander in the 1990s, when activists were abducted. He has denied"
     " wrongdoing. The ceremony in Jakarta was attended by leaders including Singapore's Prime Minister"
     " Lawrence Wong."),
    ('modern-104', '2024-09-20',
     'Joe Dominguez; Bobby Hollis',
     'Constellation Energy|Constellation; Microsoft; Nuclear Regulatory Commission',
     '',
     "Constellation Energy plans to restart the Three Mile Island nuclear plant in Pennsylvania to supply"
     " power to Microsoft's data centres, under a 20-year deal announced on Friday, the latest sign of the"
     " technology industry's hunger for electricity to run artificial intelligence.\n\nThe reactor, which"
     " sits beside the unit that partly melted down in 1979, was shut in 2019 because it could not compete"
     " with cheaper natural gas. Constellation said it would spend $1.6 billion to bring it back by 2028,"
     " subject to approval by the Nuclear Regulatory Commission, and rename it the Crane Clean Energy"
     " Center.\n\n\"Powering industries critical to our nation's competitiveness, including data centres,"
     " requires an abundance of energy,\" said Joe Dominguez, Constellation's chief executive. Bobby Hollis,"
     " Microsoft's vice-president for energy, said the deal was a milestone. Shares of Constellation rose"
     " 22%."),
    # Eleventh draw (modern-105 to modern-114): written after the rules the tenth asked for, and scored
    # before any rule was written for them.
    ('modern-105', '2024-12-23',
     'Toshihiro Mibe|Mibe; Makoto Uchida|Uchida; Takao Kato',
     'Honda; Nissan; Mitsubishi Motors; Foxconn; Tesla',
     '',
     "Honda and Nissan said on Monday they had begun talks to merge under a holding company, in a deal"
     " that would create the world's third-largest carmaker by sales as Japanese manufacturers struggle"
     " to compete with Tesla and Chinese rivals in electric vehicles.\n\nThe two companies aim to complete"
     " the deal by August 2026. Honda chief executive Toshihiro Mibe said Honda would name most of the"
     " holding company's board. \"We must build capabilities to fight in the global market,\" Mibe told"
     " reporters in Tokyo. Nissan chief executive Makoto Uchida said the tie-up would make both companies"
     " stronger.\n\nMitsubishi Motors, in which Nissan holds a 24% stake, will decide by the end of January"
     " whether to join, its chief executive Takao Kato said. Foxconn, the Taiwanese electronics maker, had"
     " approached Nissan about a stake earlier this month. Uchida has been under pressure after Nissan cut"
     " 9,000 jobs."),
    ('modern-106', '2024-12-28',
     'Magnus Carlsen|Carlsen; Arkady Dvorkovich; Ian Nepomniachtchi; Volodar Murzin',
     'International Chess Federation|Fide',
     '',
     "Magnus Carlsen, the world's top-ranked chess player, withdrew from the World Rapid Championship in"
     " New York on Friday after he was fined $200 and barred from the ninth round for refusing to change"
     " out of jeans, which break the dress code of the International Chess Federation.\n\n\"I'm too old at"
     " this point to care too much,\" said Carlsen, 34, who also said he would not play the World Blitz"
     " Championship. Fide said the rules had been applied equally to all players and that Carlsen had been"
     " given time to change.\n\nArkady Dvorkovich, the federation's president, said he regretted the"
     " Norwegian's decision. Ian Nepomniachtchi of Russia was fined earlier for wearing sports shoes. The"
     " rapid title went to Volodar Murzin, an 18-year-old from Russia."),
    ('modern-107', '2025-01-19',
     'Shou Zi Chew|Chew',
     'TikTok; ByteDance; Supreme Court; Apple; Google',
     'donald-trump joe-biden',
     "TikTok stopped working for its 170 million American users late on Saturday, hours before a law"
     " banning the app unless its Chinese owner ByteDance sold it came into force. \"We regret that a US"
     " law banning TikTok will take effect,\" a message told users who opened the app.\n\nThe Supreme Court"
     " upheld the law on Friday. President-elect Donald Trump, who takes office on Monday, said he would"
     " most likely give TikTok 90 days' grace, and the company said it was working with him. President Joe"
     " Biden had said he would leave enforcement to his successor.\n\nApple and Google removed the app from"
     " their stores. TikTok's chief executive, Shou Zi Chew, is expected to attend Trump's inauguration."
     " Chew thanked Trump for his commitment to finding a solution."),
    ('modern-108', '2024-09-17',
     'Wes Streeting|Streeting; Robert Laurenson; Vivek Trivedi',
     'British Medical Association|BMA; NHS',
     'keir-starmer',
     "Junior doctors in England have voted to accept a pay offer worth 22% over two years, ending a dispute"
     " that led to 11 strikes since March 2023, the British Medical Association said on Monday. Of the"
     " union's members who voted, 66% backed the deal.\n\nHealth Secretary Wes Streeting called it a"
     " first step on the road to rebuilding the relationship between the government and doctors."
     " Robert Laurenson and Vivek Trivedi, who co-chair the BMA's resident doctors committee, said the"
     " deal was not the end of the campaign to restore pay.\n\nThe strikes led to more than 1.5 million"
     " appointments being rescheduled, according to NHS figures. Prime Minister Keir Starmer's government"
     " made the offer weeks after winning the election. Streeting said the NHS was broken but not"
     " beaten."),
    ('modern-109', '2024-11-01',
     '',
     'Botswana Democratic Party; Umbrella for Democratic Change; Botswana Congress Party; De Beers',
     'duma-boko mokgweetsi-masisi',
     "Duma Boko was sworn in as Botswana's president on Friday after his coalition ended 58 years of rule"
     " by the Botswana Democratic Party, which had governed since independence from Britain in 1966.\n\n"
     "Boko, a 54-year-old human rights lawyer, leads the Umbrella for Democratic Change, which won 36 of"
     " the 61 elected seats in parliament. The Botswana Democratic Party won four. President Mokgweetsi"
     " Masisi conceded defeat before the final results, saying he was proud of the country's democracy."
     " \"I respect the will of the people,\" Masisi said.\n\nThe Botswana Congress Party came second. The"
     " election was fought over unemployment and a slump in diamond sales, which hit De Beers, the"
     " diamond company that is part-owned by the government."),
    ('modern-110', '2025-03-19',
     'Sundar Pichai|Pichai; Assaf Rappaport',
     'Google; Alphabet; Wiz; Microsoft; Amazon',
     '',
     "Google agreed on Tuesday to buy Wiz, a cybersecurity start-up, for $32 billion in cash, the largest"
     " acquisition in the history of its parent company, Alphabet. Wiz, founded in 2020 in Israel and now"
     " based in New York, makes software that finds risks in companies' cloud systems.\n\n\"Together, Google"
     " Cloud and Wiz will turbocharge improved cloud security,\" Alphabet chief executive Sundar Pichai said."
     " Wiz had turned down a $23 billion offer from Google last year. Its chief executive, Assaf"
     " Rappaport, said the company would keep working with Microsoft and Amazon, Google's rivals in cloud"
     " computing.\n\nThe deal will need approval from competition regulators. Pichai said he expected it"
     " to close in 2026."),
    ('modern-111', '2024-05-12',
     'Nemo; Baby Lasagna; Eden Golan; Joost Klein',
     'European Broadcasting Union|EBU',
     '',
     "Nemo won the Eurovision Song Contest for Switzerland in Malmo on Saturday with The Code, a song about"
     " their journey to accepting their non-binary identity. Croatia's Baby Lasagna came second.\n\nThe"
     " contest was overshadowed by protests over Israel's participation during the war in Gaza. Eden"
     " Golan, Israel's 20-year-old singer, finished fifth after a strong public vote, and was booed during"
     " rehearsals. Joost Klein of the Netherlands was disqualified on the day of the final after a female"
     " member of the production crew complained to police about his behaviour.\n\nThe European"
     " Broadcasting Union, which organises the contest, said it had acted properly. The EBU said next year's"
     " contest would be held in Switzerland."),
    ('modern-112', '2025-04-21',
     'Kevin Farrell; JD Vance',
     'Roman Catholic Church',
     'pope-francis giorgia-meloni',
     "Pope Francis, the first Latin American pope, died on Monday at the age of 88, the Vatican said, a day"
     " after he appeared in St Peter's Square to bless crowds on Easter Sunday. He had spent five weeks in"
     " hospital with double pneumonia earlier this year.\n\n\"At 7:35 this morning, the Bishop of Rome,"
     " Francis, returned to the house of the Father,\" Cardinal Kevin Farrell announced. US Vice-President"
     " JD Vance had met the pope briefly on Sunday.\n\nItalian Prime Minister Giorgia Meloni said the world"
     " had lost a great man. Born Jorge Mario Bergoglio in Buenos Aires, Francis led the Roman Catholic"
     " Church for 12 years and made the poor and migrants the centre of his papacy. Cardinals will gather"
     " in Rome to elect his successor."),
    ('modern-113', '2024-11-22',
     'Peter Carlsson|Carlsson',
     'Northvolt; Volkswagen; Goldman Sachs; Scania; BMW',
     'ulf-kristersson',
     "Northvolt, the Swedish battery maker once seen as Europe's best hope of competing with Chinese rivals,"
     " filed for bankruptcy protection in the United States on Thursday, and its co-founder Peter Carlsson"
     " stepped down as chief executive.\n\nThe company, whose biggest shareholders are Volkswagen and"
     " Goldman Sachs, has about $30 million in cash, enough for a week, according to court documents. It"
     " lost a $2 billion order from BMW in June after delays at its plant in northern Sweden. \"This was a"
     " difficult decision,\" Carlsson said.\n\nPrime Minister Ulf Kristersson has said the government will"
     " not take a stake. Scania, the truck maker, which is owned by Volkswagen, lent Northvolt $100 million"
     " this month."),
    ('modern-114', '2023-09-10',
     'Coco Gauff|Gauff; Aryna Sabalenka|Sabalenka; Billie Jean King',
     'US Tennis Association',
     'barack-obama',
     "Coco Gauff won her first Grand Slam title on Saturday, coming from a set down to beat Aryna Sabalenka"
     " 2-6 6-3 6-2 in the US Open final in New York. The 19-year-old American fell to her knees and wept"
     " after the last point.\n\n\"Thank you to the people who didn't believe in me,\" Gauff told the crowd at"
     " Arthur Ashe Stadium. Sabalenka, who will become world number one on Monday, said Gauff had played"
     " better. Former President Barack Obama, who watched Gauff earlier in the tournament, congratulated"
     " her.\n\nBillie Jean King, who fought for equal prize money 50 years ago, presented the trophy."
     " Gauff received $3 million, the same as the men's champion, the US Tennis Association said."),
    # Twelfth draw (modern-115 to modern-124): written after the rules the eleventh asked for, and
    # scored before any rule was written for them.
    ('modern-115', '2024-03-27',
     'Devin Nunes|Nunes; Patrick Orlando',
     'Trump Media & Technology Group|Trump Media; Digital World Acquisition Corp; Nasdaq',
     'donald-trump',
     "Shares of Trump Media & Technology Group, the owner of Truth Social, jumped 16% in their first day of"
     " trading on the Nasdaq on Tuesday, valuing the company at about $6.8 billion and making Donald Trump's"
     " stake worth more than $4 billion on paper.\n\nThe company went public through a merger with Digital"
     " World Acquisition Corp, a shell company founded by Patrick Orlando. Trump Media lost $58 million last"
     " year on revenue of $4.1 million. Its chief executive, Devin Nunes, a former Republican congressman,"
     " said the listing was a great day for free speech.\n\nAnalysts said the share price had little to do"
     " with the business. Trump, who owns about 57% of the company, cannot sell his shares for six months"
     " under the terms of the deal. Nunes said the company would add video streaming."),
    ('modern-116', '2024-09-30',
     'Herbert Kickl|Kickl; Andreas Babler',
     "Freedom Party; Austrian People's Party; Social Democrats",
     'karl-nehammer alexander-van-der-bellen',
     "Austria's far-right Freedom Party won a national election for the first time on Sunday, taking about"
     " 29% of the vote, ahead of Chancellor Karl Nehammer's conservative Austrian People's Party on 26%."
     "\n\nFreedom Party leader Herbert Kickl, a former interior minister, called it a historic day, but he"
     " may struggle to form a government because the other parties have refused to serve under him."
     " Nehammer said his party would talk to all sides but that Kickl's positions had not changed. The Social"
     " Democrats, led by Andreas Babler, came third.\n\nPresident Alexander Van der Bellen, who must ask a"
     " party leader to form a government, said he would ensure that the foundations of liberal democracy"
     " were respected."),
    ('modern-117', '2024-08-05',
     'Noah Lyles|Lyles; Kishane Thompson|Thompson; Fred Kerley; Usain Bolt',
     '',
     '',
     "Noah Lyles won the Olympic 100 metres in Paris on Sunday by five-thousandths of a second, the"
     " closest finish in the event's history, beating Kishane Thompson of Jamaica after both men were"
     " given the same time of 9.79 seconds.\n\nLyles, who was last out of the blocks, had to wait for a"
     " photo to confirm he had won. \"I didn't know who had won,\" said Lyles, the first American to win the"
     " title since 2004. Thompson said he was proud of his race. Fred Kerley of the United States took"
     " bronze.\n\nAll eight men in the final ran under 10 seconds. Usain Bolt, who holds the world record,"
     " congratulated Lyles on social media."),
    ('modern-118', '2025-01-09',
     'Karen Bass|Bass; Gavin Newsom|Newsom; Kristin Crowley',
     'Cal Fire; Los Angeles Fire Department',
     'joe-biden',
     "Wildfires driven by hurricane-force winds have destroyed more than 2,000 buildings in Los Angeles and"
     " forced 180,000 people from their homes, officials said on Thursday, as firefighters struggled to"
     " contain blazes in Pacific Palisades and near Pasadena. At least five people have died.\n\nMayor"
     " Karen Bass, who returned from a trip to Ghana, faced criticism after fire hydrants ran dry. Governor"
     " Gavin Newsom said he had ordered an investigation into the water supply. Kristin Crowley, chief of"
     " the Los Angeles Fire Department, said the department did not have enough firefighters.\n\nPresident"
     " Joe Biden approved a major disaster declaration. Cal Fire said the Palisades fire had burned more"
     " than 17,000 acres. Bass said the city would rebuild."),
    ('modern-119', '2024-10-11',
     'Jorgen Watne Frydnes; Toshiyuki Mimaki',
     'Nihon Hidankyo; Norwegian Nobel Committee',
     'shigeru-ishiba',
     "The Nobel Peace Prize was awarded on Friday to Nihon Hidankyo, a Japanese group of survivors of the"
     " atomic bombings of Hiroshima and Nagasaki, for its efforts to achieve a world free of nuclear"
     " weapons.\n\n\"The taboo against the use of nuclear weapons is under pressure,\" said Jorgen Watne"
     " Frydnes, the chair of the Norwegian Nobel Committee. Toshiyuki Mimaki, a co-chair of the group, wept"
     " as he told reporters in Hiroshima that he could not believe it.\n\nPrime Minister Shigeru Ishiba said"
     " it was extremely meaningful that the group had been honoured. The survivors, known as hibakusha,"
     " have given testimony for decades. Their average age is now 85."),
    ('modern-120', '2024-04-11',
     'Truong My Lan',
     'Van Thinh Phat; Saigon Commercial Bank',
     '',
     "A court in Vietnam sentenced property tycoon Truong My Lan to death on Thursday for her role in the"
     " country's biggest fraud case, in which she was found to have siphoned off $12.5 billion from Saigon"
     " Commercial Bank over 11 years.\n\nTruong My Lan, 67, chair of the developer Van Thinh Phat, was found"
     " guilty of embezzlement, bribery and violating banking rules. The court in Ho Chi Minh City said she"
     " had effectively controlled the bank through dozens of proxies. Eighty-five others were convicted.\n\n"
     "The case is part of an anti-corruption campaign that has led to the resignation of two presidents."
     " Her lawyers said she would appeal."),
    ('modern-121', '2024-11-29',
     'Julie Inman Grant; Elon Musk|Musk',
     'Meta; TikTok; Snap; X',
     'anthony-albanese',
     "Australia's parliament passed a law on Thursday banning children under 16 from social media, among"
     " the world's strictest rules for online platforms. Companies such as Meta, TikTok and Snap face fines"
     " of up to A$49.5 million if they fail to stop children from holding accounts.\n\nPrime Minister Anthony"
     " Albanese said the law would protect young people from harm. \"We want our kids to have a childhood,\""
     " he said. The ban takes effect in a year, and the eSafety Commissioner, Julie Inman Grant, will decide"
     " how it is enforced.\n\nMeta said the law had been rushed through. X, the platform owned by Elon Musk,"
     " said it was concerned about its effect on human rights. Musk called it a backdoor way to control"
     " access to the internet."),
    ('modern-122', '2025-02-26',
     'Hein Schumacher|Schumacher; Fernando Fernandez|Fernandez',
     'Unilever',
     '',
     "Unilever replaced its chief executive Hein Schumacher on Tuesday after less than two years in the"
     " job, saying it needed to move faster in improving its performance. Fernando Fernandez, the chief"
     " financial officer, will take over next month.\n\nThe maker of Dove soap and Hellmann's mayonnaise said"
     " Schumacher had brought stability but that the board wanted a quicker pace of change. Schumacher had"
     " announced a plan to spin off the ice cream business, which owns Ben & Jerry's and Magnum, and to cut"
     " 7,500 jobs.\n\nFernandez, who joined Unilever in 1989, previously ran its beauty and wellbeing"
     " business. Shares in Unilever fell 2%."),
    ('modern-123', '2024-07-24',
     'Linda-Gail Bekker; Winnie Byanyima',
     'Gilead Sciences|Gilead; UNAIDS',
     '',
     "A twice-yearly injection of the drug lenacapavir gave women complete protection against HIV in a"
     " large trial in South Africa and Uganda, researchers told an Aids conference in Munich on Wednesday."
     " None of the more than 2,000 women who received the shot became infected.\n\n\"This is the"
     " breakthrough we have been waiting for,\" said Linda-Gail Bekker, who led the study. Gilead Sciences,"
     " which makes the drug, said it would seek approval next year. Winnie Byanyima, the head of UNAIDS,"
     " called on Gilead to cut the price so that it could reach millions of people.\n\nThe drug is sold for"
     " the treatment of HIV for about $40,000 a year in the United States."),
    ('modern-124', '2024-12-14',
     'Woo Won-shik',
     'National Assembly; Democratic Party; People Power Party; Constitutional Court',
     'yoon-suk-yeol han-duck-soo lee-jae-myung',
     "South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol over his"
     " short-lived declaration of martial law, suspending him from office. Prime Minister Han Duck-soo"
     " became acting president.\n\nThe motion passed with 204 votes in the 300-seat parliament after 12"
     " members of Yoon's People Power Party joined the opposition. \"The people's will has won,\" said"
     " Speaker Woo Won-shik. Crowds outside parliament cheered.\n\nThe Constitutional Court has six months to"
     " decide whether to remove Yoon. Lee Jae-myung, leader of the opposition Democratic Party, called on"
     " the court to rule quickly. Yoon said he would never give up."),
    # Thirteenth draw (modern-125 to modern-134): written after the rules the twelfth asked for, and
    # scored before any rule was written for them.
    ('modern-125', '2023-03-20',
     'Colm Kelleher; Axel Lehmann',
     'UBS; Credit Suisse; Swiss National Bank; Finma; Saudi National Bank',
     'alain-berset karin-keller-sutter',
     "UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs in a deal brokered by the Swiss"
     " government to stop a crisis of confidence from spreading through the world's banks. The Swiss"
     " National Bank will lend up to 100 billion francs to the combined bank, and the government will"
     " cover up to 9 billion francs of losses.\n\n\"It is a historic day in Switzerland, and a day we would"
     " have hoped not to come,\" said Colm Kelleher, the chairman of UBS. President Alain Berset told"
     " reporters that a collapse of Credit Suisse would have caused irreparable turmoil. Holders of about"
     " 16 billion francs of the bank's AT1 bonds will be wiped out, the regulator Finma said.\n\nCredit"
     " Suisse's shares had fallen 24% on Wednesday after its biggest shareholder, Saudi National Bank, said"
     " it would not provide more money. Its chairman, Axel Lehmann, said the bank had been hit by a crisis"
     " of confidence. Finance minister Karin Keller-Sutter said the deal was the best solution."),
    ('modern-126', '2023-10-13',
     'Phil Spencer|Spencer; Bobby Kotick',
     'Microsoft; Activision Blizzard|Activision; Competition and Markets Authority; Ubisoft;'
     ' Federal Trade Commission; Sony',
     '',
     "Microsoft completed its $69 billion takeover of Activision Blizzard on Friday, hours after Britain's"
     " Competition and Markets Authority cleared the deal, ending a 21-month battle with regulators on both"
     " sides of the Atlantic.\n\nThe maker of Call of Duty and World of Warcraft becomes part of Microsoft's"
     " gaming division, led by Phil Spencer. To win over the British regulator, Microsoft agreed to sell the"
     " cloud streaming rights to Activision's games outside Europe to the French publisher Ubisoft. \"We're"
     " excited to welcome the teams,\" Spencer wrote.\n\nThe Federal Trade Commission, which lost its bid to"
     " block the deal in a San Francisco court in July, has appealed that ruling. Bobby Kotick, Activision's"
     " chief executive, will stay until the end of the year. Sony, which makes the rival PlayStation"
     " console, had argued that Microsoft could keep Call of Duty from its players."),
    ('modern-127', '2023-11-23',
     'Geert Wilders|Wilders; Frans Timmermans; Dilan Yesilgoz|Yesilgoz; Pieter Omtzigt',
     'Party for Freedom|PVV; ANP; Labour; Green Left; European Commission; VVD; New Social Contract',
     'mark-rutte viktor-orban',
     "Geert Wilders' anti-Islam Party for Freedom won the most seats in the Dutch general election on"
     " Wednesday, a result that shocked Europe and put the far-right leader in position to lead talks on"
     " the next government.\n\nThe PVV won 37 of the 150 seats in the lower house, more than doubling its"
     " score, according to a near-complete count by the ANP news agency. A joint list of Labour and the"
     " Green Left led by Frans Timmermans, a former vice-president of the European Commission, came second"
     " with 25 seats. The liberal VVD of outgoing Prime Minister Mark Rutte, now led by Dilan Yesilgoz, fell"
     " to 24, and the New Social Contract party of Pieter Omtzigt won 20.\n\n\"The PVV can no longer be"
     " ignored,\" Wilders told cheering supporters in The Hague. Hungarian Prime Minister Viktor Orban"
     " congratulated him. Yesilgoz said it was up to Wilders to find a majority."),
    ('modern-128', '2023-11-09',
     'John Sharretts; David Ricks',
     'Food and Drug Administration|FDA; Eli Lilly|Lilly; Novo Nordisk;'
     ' Center for Drug Evaluation and Research; Morgan Stanley',
     '',
     "The US Food and Drug Administration approved Eli Lilly's diabetes drug tirzepatide for weight loss on"
     " Wednesday, setting up a contest with Novo Nordisk's Wegovy in one of the fastest-growing markets in"
     " medicine.\n\nThe drug will be sold as Zepbound at a list price of about $1,060 a month, about 20% less"
     " than Wegovy. In a trial, people taking the highest dose lost an average of 21% of their weight over"
     " 72 weeks. Lilly already sells tirzepatide for diabetes as Mounjaro.\n\n\"Obesity is a chronic"
     " disease,\" said John Sharretts, a director in the FDA's Center for Drug Evaluation and Research."
     " Lilly's chief executive, David Ricks, said the company was spending billions on new factories to"
     " meet demand. Shares of Novo Nordisk fell 2% in Copenhagen. Analysts at Morgan Stanley expect the"
     " market for obesity drugs to reach $77 billion by 2030."),
    ('modern-129', '2023-07-24',
     'Christopher Nolan; Greta Gerwig|Gerwig; Margot Robbie; Ryan Gosling; Jeff Goldstein;'
     ' Cillian Murphy; J. Robert Oppenheimer',
     'Warner Bros; Universal Pictures; AMC Entertainment',
     '',
     "Barbie took $155 million in North American cinemas over its opening weekend, the biggest debut of the"
     " year, Warner Bros said on Sunday, while Christopher Nolan's Oppenheimer made $80.5 million for"
     " Universal Pictures.\n\nThe two films, released on the same day and embraced by fans as a double bill"
     " known as \"Barbenheimer\", drew the busiest weekend at the box office since Avengers: Endgame in 2019."
     " Greta Gerwig's comedy, starring Margot Robbie and Ryan Gosling, also earned $182 million abroad,"
     " the biggest opening ever for a film directed by a woman alone.\n\nJeff Goldstein, Warner Bros' head"
     " of domestic distribution, said the film had drawn audiences of every age. Cinema chains including"
     " AMC Entertainment said they had sold out screenings through the night. Oppenheimer stars Cillian"
     " Murphy as J. Robert Oppenheimer, who led the building of the first atomic bomb."),
    ('modern-130', '2024-03-25',
     '',
     'Pastef; Constitutional Council; African Union; Economic Community of West African States',
     'amadou-ba bassirou-diomaye-faye macky-sall ousmane-sonko',
     "Senegal's ruling coalition candidate Amadou Ba conceded defeat on Monday to Bassirou Diomaye Faye, an"
     " opposition figure who was released from prison ten days before the presidential election.\n\n\"I"
     " congratulate him on his victory,\" Ba, a former prime minister, said in a statement. Provisional"
     " results showed Faye, 44, winning about 54% of the vote in Sunday's first round. He will become the"
     " youngest president in Senegal's history when he succeeds Macky Sall next month.\n\nFaye ran in place"
     " of Ousmane Sonko, the leader of the dissolved Pastef party, who was barred from standing because of"
     " a defamation conviction. Both men were freed under an amnesty law in mid-March. Sall's attempt to"
     " postpone the vote had been overruled by the Constitutional Council. The African Union and the"
     " Economic Community of West African States praised the peaceful vote."),
    ('modern-131', '2023-12-24',
     'Jim Ratcliffe|Ratcliffe; Jassim bin Hamad al-Thani; Joel Glazer; Erik ten Hag',
     'Manchester United|United; Ineos; Premier League; Nice; Mercedes',
     '',
     "Sir Jim Ratcliffe has agreed to buy a 25% stake in Manchester United for about $1.3 billion, the club"
     " said on Sunday, handing the billionaire's Ineos group control of football operations at the"
     " 20-time English champions.\n\nThe Glazer family, who bought United in 2005, will remain the largest"
     " shareholders. Ratcliffe, who founded the chemicals company and grew up a United fan near Manchester,"
     " will also put $300 million into the club's Old Trafford stadium. The deal needs the approval of the"
     " Premier League.\n\nSheikh Jassim bin Hamad al-Thani, the Qatari banker who had bid for the whole club,"
     " withdrew in October. Ineos already owns the French club Nice and part of the Mercedes Formula One"
     " team. \"We want to see Manchester United back where we all want it to be,\" Ratcliffe said. Joel"
     " Glazer, the co-chairman, said the agreement would help the club's long-term success. Erik ten Hag's"
     " side are eighth in the table."),
    ('modern-132', '2024-07-15',
     'Carlos Alcaraz|Alcaraz; Novak Djokovic|Djokovic; Barbora Krejcikova; Jasmine Paolini;'
     ' Juan Carlos Ferrero',
     'All England Club',
     '',
     "Carlos Alcaraz beat Novak Djokovic 6-2 6-2 7-6 on Sunday to win his second Wimbledon title in a row"
     " and his fourth Grand Slam, denying the Serbian a record-equalling eighth crown at the All England"
     " Club.\n\nThe 21-year-old Spaniard, who won the French Open last month, dropped serve only once."
     " Djokovic, 37, was playing five weeks after knee surgery. \"Carlos played an amazing match,\" he said."
     "\n\nOn Saturday Barbora Krejcikova of the Czech Republic won the women's title, beating Italy's Jasmine"
     " Paolini in three sets. Alcaraz, who is coached by Juan Carlos Ferrero, a former world number one,"
     " said he would now turn his attention to the Olympic Games in Paris."),
    ('modern-133', '2025-04-29',
     'Pierre Poilievre; Jagmeet Singh; Yves-Francois Blanchet',
     'Liberal Party|Liberals; House of Commons; Conservative; New Democratic Party; Bank of Canada;'
     ' Bank of England; Bloc Quebecois',
     'mark-carney donald-trump justin-trudeau',
     "Mark Carney's Liberal Party won Canada's general election on Monday, completing a comeback fuelled by"
     " anger at President Donald Trump's tariffs and his talk of making Canada the 51st state.\n\nThe Liberals"
     " were projected to win the most seats in the 343-seat House of Commons, but it was not yet clear"
     " whether they would have a majority. Conservative leader Pierre Poilievre, who had led the polls by"
     " more than 20 points in January, lost his own seat in Ottawa. Jagmeet Singh said he would step down"
     " as leader of the New Democratic Party after it fell below the 12 seats needed for official party"
     " status.\n\nCarney, a former governor of the Bank of Canada and of the Bank of England, replaced Justin"
     " Trudeau as prime minister in March. \"We are over the shock of the American betrayal,\" Carney told"
     " supporters in Ottawa. The Bloc Quebecois, led by Yves-Francois Blanchet, won about 22 seats."),
    ('modern-134', '2024-03-22',
     'Steve Huffman|Huffman; Sam Altman',
     'Reddit; New York Stock Exchange; Pinterest; Advance Publications; Conde Nast; OpenAI; Google;'
     ' Morgan Stanley; Goldman Sachs',
     '',
     "Reddit shares jumped 48% in their debut on the New York Stock Exchange on Thursday, valuing the"
     " social media company at about $8 billion in the first listing of a big social network since"
     " Pinterest in 2019.\n\nThe shares, priced at $34, opened at $47 and closed at $50.44. \"It's been a long"
     " road,\" said Steve Huffman, the co-founder and chief executive, who has run the company since 2015."
     " Reddit has never made a profit.\n\nIts largest shareholder is Advance Publications, the owner of"
     " Conde Nast, and OpenAI's chief executive Sam Altman holds a stake. Reddit signed a deal last month"
     " to license its posts to Google for training artificial intelligence, worth about $60 million a"
     " year. Morgan Stanley and Goldman Sachs led the offering. Huffman said the company would keep"
     " listening to its moderators."),
    # Fourteenth draw (modern-135 to modern-144): written after the rules the thirteenth asked for, and
    # scored before any rule was written for them.
    ('modern-135', '2024-02-17',
     'Alexei Navalny|Navalny; Yulia Navalnaya; Dmitry Peskov',
     'Federal Penitentiary Service; Anti-Corruption Foundation; Amnesty International',
     'vladimir-putin joe-biden',
     "Alexei Navalny, the Russian opposition leader who spent more than a decade exposing corruption at the"
     " top of the Kremlin, died on Friday in an Arctic penal colony, the Federal Penitentiary Service said."
     " He was 47.\n\nThe prison service said Navalny felt unwell after a walk and lost consciousness. His"
     " wife, Yulia Navalnaya, speaking at a security conference in Munich hours later, said Vladimir Putin"
     " would be held responsible. Kremlin spokesman Dmitry Peskov said doctors were establishing the cause"
     " of death.\n\nPresident Joe Biden said he was outraged. Navalny's team at the Anti-Corruption"
     " Foundation, which he founded in 2011, said his mother had been told he died of \"sudden death"
     " syndrome\". Amnesty International called for an independent investigation. Navalny had been serving"
     " sentences totalling more than 30 years, which he said were politically motivated."),
    ('modern-136', '2024-09-11',
     'Margrethe Vestager',
     'Apple; European Union|EU; Court of Justice of the European Union; European Commission|Commission; Google',
     '',
     "Apple must pay 13 billion euros in back taxes to Ireland, the European Union's top court ruled on"
     " Tuesday, ending a decade-long fight over the company's tax arrangements in the country.\n\nThe Court of"
     " Justice of the European Union overturned a 2020 ruling by a lower court and upheld the European"
     " Commission's 2016 decision that Ireland had granted Apple illegal state aid. In a separate ruling"
     " the court upheld a 2.4 billion euro fine the Commission imposed on Google for favouring its own"
     " shopping service.\n\n\"Today is a huge win for European citizens and tax justice,\" said Margrethe"
     " Vestager, the EU's competition commissioner. Apple said it was disappointed. The Irish finance"
     " ministry said it respected the ruling. Ireland, where Apple employs about 6,000 people, had argued"
     " that it did not want the money."),
    ('modern-137', '2023-10-29',
     'Handre Pollard; Sam Cane; Jesse Kriel; Beauden Barrett; Siya Kolisi; Jacques Nienaber',
     'Leinster; World Rugby',
     'cyril-ramaphosa',
     "South Africa beat New Zealand 12-11 in the Rugby World Cup final at the Stade de France on Saturday to"
     " become the first team to win the tournament four times.\n\nHandre Pollard kicked all of South Africa's"
     " points, while New Zealand captain Sam Cane became the first player to be sent off in a final, for a"
     " high tackle on Jesse Kriel. Beauden Barrett scored the only try of the match.\n\n\"This team"
     " represents so much more than rugby,\" said South Africa captain Siya Kolisi, who also lifted the"
     " trophy in 2019. Coach Jacques Nienaber will now leave to join the Irish province Leinster. World"
     " Rugby said 2.4 million tickets had been sold for the tournament. President Cyril Ramaphosa, who"
     " watched in Paris, said the country would celebrate."),
    ('modern-138', '2024-12-02',
     'Carlos Tavares|Tavares; John Elkann',
     'Stellantis; Fiat Chrysler Automobiles; PSA Group; United Auto Workers; Exor',
     '',
     "Carlos Tavares resigned as chief executive of Stellantis on Sunday after a clash with the board over"
     " falling sales and profits, leaving the carmaker behind 14 brands without a leader as it struggles in"
     " the United States.\n\nThe company said chairman John Elkann would lead an interim executive committee"
     " until a new chief executive was named in the first half of 2025. Stellantis shares fell 6% in Milan"
     " on Monday.\n\nTavares, 66, built Stellantis from the 2021 merger of Fiat Chrysler Automobiles and"
     " France's PSA Group. His cost cuts made it one of the industry's most profitable carmakers, but"
     " dealers in America complained of high prices and unsold stock. The United Auto Workers union, which"
     " had accused him of breaking promises to reopen a plant in Illinois, welcomed his departure. Exor,"
     " the Agnelli family's holding company, is Stellantis's largest shareholder."),
    ('modern-139', '2023-03-14',
     'Albert Bourla; David Epstein',
     'Pfizer; Seagen; Federal Trade Commission; Merck; Jefferies',
     '',
     "Pfizer agreed on Monday to buy Seagen for $43 billion in cash, its biggest deal in more than a decade,"
     " betting on the biotech company's cancer drugs to make up for falling sales of its Covid-19 vaccine"
     " and antiviral pill.\n\nPfizer will pay $229 a share, a premium of 33% over Seagen's closing price on"
     " Friday. Albert Bourla, Pfizer's chief executive, said cancer would be the company's biggest source"
     " of growth. Seagen, based near Seattle, makes antibody-drug conjugates, which deliver chemotherapy"
     " directly to tumour cells.\n\nThe deal may face scrutiny from the Federal Trade Commission, which has"
     " taken a harder line on pharmaceutical mergers. David Epstein, Seagen's chief executive, said the deal"
     " would bring its medicines to more patients. Merck had held talks to buy Seagen last year but walked"
     " away. Analysts at Jefferies said the price was high."),
    ('modern-140', '2024-08-16',
     '',
     "Pheu Thai; Constitutional Court; People's Party; Move Forward",
     'paetongtarn-shinawatra thaksin-shinawatra yingluck-shinawatra srettha-thavisin',
     "Thailand's parliament elected Paetongtarn Shinawatra as prime minister on Friday, making the"
     " 37-year-old daughter of Thaksin Shinawatra the country's youngest leader, two days after a court"
     " removed her predecessor.\n\nPaetongtarn, the leader of the Pheu Thai party, won 319 votes in the"
     " 493-member house. She becomes the third member of her family to hold the office, after her father"
     " and her aunt, Yingluck Shinawatra. The Constitutional Court dismissed Srettha Thavisin on Wednesday"
     " for appointing a minister who had served time in prison.\n\nThe main opposition People's Party, which"
     " won the most seats at last year's election as Move Forward before the same court dissolved it,"
     " voted against her. \"I will do my best,\" Paetongtarn told reporters at Pheu Thai's headquarters in"
     " Bangkok."),
    ('modern-141', '2025-02-03',
     'Beyonce; Lauryn Hill; Kendrick Lamar; Drake; Chappell Roan; Sabrina Carpenter; Harvey Mason Jr;'
     ' Taylor Swift',
     'Recording Academy; CBS',
     '',
     "Beyonce won album of the year at the Grammy Awards on Sunday for Cowboy Carter, the first black woman"
     " to take the prize since Lauryn Hill in 1999.\n\nKendrick Lamar won record and song of the year for"
     " Not Like Us, his diss track aimed at Drake. Chappell Roan was named best new artist, and Sabrina"
     " Carpenter took best pop vocal album for Short n' Sweet.\n\nThe ceremony in Los Angeles raised money"
     " for victims of the wildfires that swept the city last month. Harvey Mason Jr, chief executive of the"
     " Recording Academy, said the academy wanted to help the city's musicians rebuild. The show was"
     " broadcast by CBS. Taylor Swift, nominated six times, went home empty-handed."),
    ('modern-142', '2024-04-16',
     'Caitlin Clark|Clark; Cameron Brink; Kamilla Cardoso; Cathy Engelbert',
     'Indiana Fever; WNBA; NCAA; University of Iowa; Los Angeles Sparks; Stanford; Chicago Sky;'
     ' South Carolina; Nike',
     '',
     "The Indiana Fever made Caitlin Clark the first pick in the WNBA draft on Monday, bringing the college"
     " game's highest scorer to a team that has not reached the playoffs since 2016.\n\nClark, who broke the"
     " NCAA Division I scoring record at the University of Iowa, will earn about $76,000 in her first"
     " season. The Los Angeles Sparks took Cameron Brink of Stanford second, and the Chicago Sky chose"
     " Kamilla Cardoso, who won the national title with South Carolina, third.\n\n\"I'm ready to get to"
     " work,\" Clark said. League commissioner Cathy Engelbert said the draft had drawn more viewers than"
     " ever. Clark's deal with Nike is expected to be worth far more than her salary."),
    ('modern-143', '2024-01-13',
     'Aliko Dangote|Dangote; Devakumar Edwin',
     'Nigerian National Petroleum Company; Dangote Group; S&P Global',
     'bola-tinubu',
     "The refinery built by Aliko Dangote in Lagos has started producing diesel and aviation fuel, its"
     " owner said on Friday, a milestone for a project that Nigeria hopes will end its reliance on imported"
     " fuel.\n\nThe 650,000-barrel-a-day plant, built by Africa's richest man at a cost of about $20 billion,"
     " is the largest single-train refinery in the world. It will first process crude bought from the"
     " Nigerian National Petroleum Company, which owns a 20% stake.\n\nPresident Bola Tinubu, who scrapped a"
     " costly petrol subsidy last year, has said the refinery will save foreign currency. \"This is a dream"
     " come true,\" Dangote said. Devakumar Edwin, a vice-president of the Dangote Group, said petrol would"
     " follow later in the year. Analysts at S&P Global said the plant could make Nigeria an exporter of"
     " fuel."),
    ('modern-144', '2023-09-15',
     'Masayoshi Son; Rene Haas',
     'Arm Holdings|Arm; Nasdaq; SoftBank Group|SoftBank; Apple; Nvidia; Alphabet; Intel; London Stock Exchange',
     '',
     "Shares of Arm Holdings jumped 25% in their first day of trading on the Nasdaq on Thursday, valuing the"
     " British chip designer at more than $65 billion in the biggest listing of the year.\n\nSoftBank Group,"
     " which bought Arm for $32 billion in 2016, sold about 10% of the company and keeps the rest. Masayoshi"
     " Son, SoftBank's founder, has said Arm will be at the heart of a boom in artificial intelligence."
     " Apple, Nvidia, Alphabet and Intel were among the investors that bought shares in the offering.\n\n"
     "\"This is a great day,\" said Rene Haas, Arm's chief executive, at the exchange in New York. Arm's"
     " designs are used in almost every smartphone. Its decision to list in New York rather than London was"
     " a blow to the London Stock Exchange, analysts said."),
    # Fifteenth draw (modern-145 to modern-154): written after the rules the fourteenth asked for, and
    # scored before any rule was written for them.
    ('modern-145', '2023-03-11',
     'Janet Yellen; Greg Becker',
     'Silicon Valley Bank|SVB; Federal Deposit Insurance Corporation; SVB Financial Group; Founders Fund;'
     ' First Republic; Signature Bank; California Department of Financial Protection and Innovation',
     '',
     "US regulators shut down Silicon Valley Bank on Friday and seized its deposits, the biggest failure of"
     " an American bank since the 2008 financial crisis, after customers pulled $42 billion in a single"
     " day.\n\nThe Federal Deposit Insurance Corporation said it had created a new bank to hold the deposits,"
     " which will be available on Monday. SVB Financial Group, the bank's parent, had said on Wednesday it"
     " needed to raise $2.25 billion after selling bonds at a loss, prompting venture capital firms"
     " including Founders Fund to tell start-ups to withdraw their money.\n\nTreasury Secretary Janet Yellen"
     " met banking regulators and said the system remained resilient. Shares of other regional lenders,"
     " including First Republic and Signature Bank, fell sharply. Greg Becker, SVB's chief executive, had"
     " told clients to stay calm. The California Department of Financial Protection and Innovation closed"
     " the bank."),
    ('modern-146', '2024-07-14',
     'Thomas Matthew Crooks; Corey Comperatore; Josh Shapiro; Kimberly Cheatle',
     'FBI; Secret Service; Republican Party|Republicans; Congress',
     'donald-trump joe-biden',
     "Donald Trump was shot in the ear at a campaign rally in Butler, Pennsylvania, on Saturday in what the"
     " FBI called an attempted assassination. A spectator was killed and two others were critically"
     " wounded.\n\nThe gunman, identified by the FBI as Thomas Matthew Crooks, a 20-year-old from Bethel Park,"
     " fired from the roof of a building outside the rally's perimeter before he was shot dead by a Secret"
     " Service counter-sniper. The former president was pulled from the stage by agents, raising his fist"
     " to the crowd.\n\nThe man killed was Corey Comperatore, a former fire chief who died shielding his"
     " family, Pennsylvania Governor Josh Shapiro said. President Joe Biden condemned the attack. Secret"
     " Service Director Kimberly Cheatle faced calls from Republicans in Congress to resign. Trump said he"
     " would travel to Milwaukee for his party's convention."),
    ('modern-147', '2024-10-29',
     'Rodri; Vinicius Junior; Aitana Bonmati; Carlo Ancelotti; Lamine Yamal',
     'Manchester City|City; Real Madrid|Real; Premier League; Barcelona; France Football; UEFA; FIFA',
     '',
     "Manchester City midfielder Rodri won the Ballon d'Or on Monday, beating Real Madrid's Vinicius Junior,"
     " whose club boycotted the ceremony in Paris after learning he would not win.\n\nRodri, 28, won the"
     " Premier League with City and the European Championship with Spain before tearing a knee ligament in"
     " September. He received the award on crutches. Real Madrid said the award showed no respect for the"
     " club. Aitana Bonmati of Barcelona won the women's award for the second year running.\n\nThe prize,"
     " run by the magazine France Football with UEFA since this year, is voted for by journalists from the"
     " top 100 countries in FIFA's rankings. Real's Carlo Ancelotti was named men's coach of the year but"
     " did not attend. Spain's Lamine Yamal won the award for the best young player."),
    ('modern-148', '2024-10-16',
     'Christophe Fouquet',
     'ASML; Taiwan Semiconductor Manufacturing Co; Intel; Samsung Electronics; Applied Materials;'
     ' Lam Research; Tokyo Electron',
     '',
     "Shares in ASML fell 16% on Tuesday, their biggest drop in 26 years, after the Dutch maker of"
     " chipmaking machines published its results a day early by mistake and halved its forecast for"
     " orders.\n\nASML said bookings in the third quarter were 2.6 billion euros, about half what analysts had"
     " expected, as chipmakers other than Taiwan Semiconductor Manufacturing Co held back spending. Chief"
     " executive Christophe Fouquet said the recovery outside artificial intelligence was slower than"
     " expected, with Intel and Samsung Electronics delaying new factories.\n\nThe results dragged down"
     " shares of other equipment makers, including Applied Materials and Lam Research in New York and Tokyo"
     " Electron in Tokyo. ASML blamed a technical error for releasing the figures early. Its machines cannot"
     " be sold to China without licences from the Dutch government, under rules agreed with Washington."),
    ('modern-149', '2024-07-07',
     'Saeed Jalili; Mohammad Javad Zarif',
     'Guardian Council',
     'masoud-pezeshkian ebrahim-raisi ali-khamenei',
     "Masoud Pezeshkian, a heart surgeon and the only reformist in the race, won Iran's presidential run-off"
     " on Saturday, defeating the hardliner Saeed Jalili with 54% of the vote, the interior ministry said."
     "\n\nThe election was called after President Ebrahim Raisi died in a helicopter crash in May. Turnout was"
     " 50%, up from 40% in the first round, the lowest for any presidential election since the 1979"
     " revolution. Pezeshkian, 69, has promised to reach out to the West to ease sanctions.\n\nSupreme Leader"
     " Ali Khamenei, who has the final say on state matters, had urged Iranians to vote. All candidates were"
     " vetted by the Guardian Council, which barred most reformists. \"We will extend the hand of friendship"
     " to everyone,\" Pezeshkian said. Mohammad Javad Zarif, a former foreign minister who campaigned for"
     " him, called the result a victory for hope."),
    ('modern-150', '2023-08-24',
     'S. Somanath',
     'Indian Space Research Organisation; Roscosmos',
     'narendra-modi',
     "India became the first country to land a spacecraft near the moon's south pole on Wednesday, when the"
     " Chandrayaan-3 mission's Vikram lander touched down, days after a Russian probe crashed in the same"
     " region.\n\n\"India is on the moon,\" said S. Somanath, chairman of the Indian Space Research"
     " Organisation, as scientists in the control room in Bengaluru cheered. Prime Minister Narendra Modi,"
     " watching from South Africa, where he was attending a summit, said the success belonged to all"
     " humanity.\n\nThe lander will release a rover, Pragyan, to study the lunar soil for about two weeks."
     " Russia's Luna-25 spacecraft, launched by the space agency Roscosmos, crashed on Saturday. Only the"
     " United States, the Soviet Union and China had landed on the moon before. The mission cost about $75"
     " million."),
    ('modern-151', '2024-08-08',
     'Taylor Swift|Swift; Gerhard Karner',
     'Islamic State; Barracuda Music; CIA',
     'karl-nehammer',
     "Taylor Swift's three concerts in Vienna this week were cancelled on Wednesday after Austrian police"
     " arrested two men suspected of planning an attack on the shows on behalf of the Islamic State group."
     "\n\nThe promoter, Barracuda Music, said the concerts at the Ernst Happel Stadium, which were expected to"
     " draw 65,000 fans a night, would not go ahead after government officials confirmed a planned terrorist"
     " attack. A 19-year-old Austrian man had pledged allegiance to the group online, the interior ministry"
     " said.\n\nInterior Minister Gerhard Karner said the situation was serious but under control. Chancellor"
     " Karl Nehammer said the cancellation was a bitter disappointment for fans. The CIA had tipped off"
     " Austrian authorities, US officials later said. Swift went on to play five nights at Wembley Stadium"
     " in London the following week."),
    ('modern-152', '2023-09-22',
     'Rupert Murdoch|Murdoch; Lachlan Murdoch',
     'Fox Corporation|Fox; News Corp; The Wall Street Journal|Wall Street Journal; The Times|Times;'
     ' The Sun|Sun; HarperCollins; Fox News; Dominion Voting Systems',
     '',
     "Rupert Murdoch will step down as chairman of Fox Corporation and News Corp in November, ending seven"
     " decades at the head of the media empire he built from a single newspaper in Adelaide, the companies"
     " said on Thursday.\n\nHis son Lachlan Murdoch will become sole chairman of News Corp, which owns The Wall"
     " Street Journal, the British papers The Times and The Sun and the publisher HarperCollins, and will"
     " remain chairman and chief executive of Fox Corporation, the parent of Fox News. Murdoch, 92, will"
     " become chairman emeritus of both.\n\n\"For my entire professional life, I have been engaged daily with"
     " news and ideas, and that will not change,\" Murdoch wrote to staff. The handover comes months after"
     " Fox News paid $787 million to settle a defamation suit brought by Dominion Voting Systems over false"
     " claims about the 2020 election."),
    ('modern-153', '2024-10-01',
     'Sabin Nsanzimana; Tedros Adhanom Ghebreyesus; Jean Kaseya',
     'Rwanda Biomedical Centre; World Health Organization; Africa Centres for Disease Control and Prevention;'
     ' Sabin Vaccine Institute',
     '',
     "Rwanda has recorded eight deaths from the Marburg virus, a relative of Ebola, in its first outbreak of"
     " the disease, the health ministry said on Monday, and most of the victims were health workers.\n\n"
     "Health Minister Sabin Nsanzimana said 26 cases had been confirmed and about 300 people who had contact"
     " with them were being traced. The Rwanda Biomedical Centre urged people to avoid physical contact such"
     " as hugs. There is no approved vaccine or treatment for Marburg.\n\nThe World Health Organization said it"
     " was sending experts and supplies. Its director-general, Tedros Adhanom Ghebreyesus, said the risk"
     " within Rwanda was high. Jean Kaseya, head of the Africa Centres for Disease Control and Prevention,"
     " said the agency was working with Rwanda's government, and the Sabin Vaccine Institute said it would"
     " send doses of an experimental vaccine."),
    ('modern-154', '2024-11-24',
     'Max Verstappen|Verstappen; George Russell; Lando Norris; Lewis Hamilton; Carlos Sainz; Charles Leclerc;'
     ' Christian Horner; Michael Schumacher; Juan Manuel Fangio',
     'Mercedes; McLaren; Ferrari; Red Bull',
     '',
     "Max Verstappen won his fourth Formula One world championship in a row on Saturday night in Las Vegas,"
     " finishing fifth in a race won by Mercedes driver George Russell.\n\nThe Dutchman, 27, needed only to"
     " finish ahead of McLaren's Lando Norris, his only remaining rival, who came sixth. Lewis Hamilton made"
     " it a Mercedes one-two, ahead of Carlos Sainz and Charles Leclerc of Ferrari.\n\n\"It's been a long"
     " season,\" said Verstappen, who won seven of the first ten races before a slump in which Red Bull lost"
     " ground to McLaren. Red Bull team principal Christian Horner called it his finest title. Only Lewis"
     " Hamilton and Michael Schumacher, with seven each, and Juan Manuel Fangio, with five, have won more."
     " McLaren lead the constructors' championship with two races left."),
    # Sixteenth draw (modern-155 to modern-164): written after the rules the fifteenth asked for, and
    # scored before any rule was written for them.
    ('modern-155', '2024-03-20',
     'Mustafa Suleyman|Suleyman; Reid Hoffman; Karen Simonyan; Satya Nadella',
     'Microsoft; Google; DeepMind; Inflection AI|Inflection; LinkedIn; Nvidia; OpenAI;'
     ' Competition and Markets Authority',
     '',
     "Microsoft has hired Mustafa Suleyman, a co-founder of Google's DeepMind, to run a new division for its"
     " consumer artificial intelligence products, including the Copilot assistant, the company said on"
     " Tuesday.\n\nSuleyman will bring most of the staff of Inflection AI, the start-up he set up in 2022 with"
     " Reid Hoffman, the LinkedIn co-founder, including its chief scientist Karen Simonyan. Inflection, which"
     " had raised $1.3 billion from investors including Microsoft and Nvidia, said it would now focus on"
     " selling its models to businesses.\n\n\"I've known Mustafa for several years,\" Microsoft chief executive"
     " Satya Nadella said. The move deepens Microsoft's bet on AI beyond its partnership with OpenAI."
     " Britain's Competition and Markets Authority later said it would look at whether the hiring amounted"
     " to a merger."),
    ('modern-156', '2024-03-27',
     'Wes Moore; Pete Buttigieg',
     'Maersk; National Transportation Safety Board; Synergy Marine Group',
     'joe-biden',
     "Divers searched the Patapsco River in Baltimore on Wednesday for six construction workers missing"
     " since a container ship lost power and struck the Francis Scott Key Bridge, bringing it down within"
     " seconds.\n\nThe six, members of a road crew filling potholes on the bridge, are presumed dead. The Dali,"
     " a Singapore-flagged ship chartered by Maersk, had issued a mayday call that allowed police to stop"
     " traffic. \"These were hardworking people,\" Maryland Governor Wes Moore said.\n\nThe National"
     " Transportation Safety Board has recovered the ship's data recorder. Synergy Marine Group, which"
     " manages the vessel, said all 22 crew members were safe. Transportation Secretary Pete Buttigieg said"
     " reopening the port, one of the busiest on the East Coast for cars, would take time. President Joe"
     " Biden said the federal government would pay to rebuild the bridge."),
    ('modern-157', '2024-05-20',
     'Phil Foden|Foden; Rodri; Pep Guardiola; Mikel Arteta',
     'Manchester City|City; West Ham; Arsenal; Everton; Premier League; Manchester United',
     '',
     "Manchester City became the first club to win four English top-flight titles in a row on Sunday,"
     " beating West Ham 3-1 at the Etihad Stadium to finish two points ahead of Arsenal.\n\nPhil Foden scored"
     " twice in the first 18 minutes and Rodri added a third. Arsenal, who needed City to slip, beat Everton"
     " 2-1 but finished second for a second season running. \"It's incredible,\" said City manager Pep"
     " Guardiola, who has won six league titles in seven seasons.\n\nArsenal manager Mikel Arteta said his"
     " side would come back stronger. Foden was named the Premier League's player of the season. City, who"
     " face 115 charges from the league over alleged breaches of its financial rules, will play Manchester"
     " United in the FA Cup final on Saturday."),
    ('modern-158', '2023-12-14',
     'Ursula von der Leyen',
     'Law and Justice; European Union|EU; Civic Coalition; Third Way; New Left; European Council;'
     ' European Commission',
     'donald-tusk andrzej-duda mateusz-morawiecki jaroslaw-kaczynski',
     "Donald Tusk was sworn in as Poland's prime minister on Wednesday, ending eight years of rule by the"
     " nationalist Law and Justice party and promising to repair relations with the European Union.\n\n"
     "President Andrzej Duda, an ally of Law and Justice, swore in Tusk's cabinet, a coalition of his Civic"
     " Coalition, the centre-right Third Way and the New Left. Tusk, who was prime minister from 2007 to 2014"
     " and later president of the European Council, said he would unlock billions of euros in EU funds"
     " frozen over rule-of-law concerns.\n\nThe outgoing prime minister, Mateusz Morawiecki, lost a confidence"
     " vote in parliament on Monday. Ursula von der Leyen, the president of the European Commission,"
     " congratulated Tusk. Jaroslaw Kaczynski, the leader of Law and Justice, said his party would fight the"
     " government at every step."),
    ('modern-159', '2024-04-04',
     'Nelson Peltz|Peltz; Bob Iger|Iger; Jay Rasulo; George Lucas',
     'Walt Disney|Disney; Trian Fund Management|Trian; Blackwells Capital; BlackRock',
     '',
     "Walt Disney shareholders re-elected the company's full board on Wednesday, defeating a campaign by the"
     " activist investor Nelson Peltz for two seats and handing chief executive Bob Iger a clear victory."
     "\n\nPeltz's Trian Fund Management, which owns about $3.5 billion of Disney shares, had argued that the"
     " board had failed to plan for Iger's succession and let the company's films and parks lose ground."
     " Jay Rasulo, a former Disney finance chief, was Trian's other nominee. A third group, Blackwells"
     " Capital, also lost.\n\n\"I want to thank our shareholders,\" Iger said at the meeting, held online."
     " Disney said Peltz received about 31% of the votes cast. Disney had won the support of George Lucas,"
     " the creator of Star Wars, and of the asset manager BlackRock."),
    ('modern-160', '2023-10-03',
     'Katalin Kariko|Kariko; Drew Weissman|Weissman; Thomas Perlmann',
     'Nobel Assembly; Karolinska Institute; University of Pennsylvania; BioNTech; Moderna; Pfizer',
     '',
     "Katalin Kariko and Drew Weissman won the Nobel Prize in Physiology or Medicine on Monday for"
     " discoveries that made possible the mRNA vaccines against Covid-19, the Nobel Assembly at the"
     " Karolinska Institute said.\n\nThe two scientists began working together at the University of"
     " Pennsylvania in the late 1990s and found how to change the building blocks of messenger RNA so that"
     " it would not set off a harmful immune response. Their work was used by BioNTech and Moderna, whose"
     " vaccines, the first made with Pfizer, were given billions of times.\n\nKariko, 68, was born in Hungary"
     " and later became a senior vice-president at BioNTech. \"I am so happy,\" Weissman told reporters."
     " Thomas Perlmann, the secretary-general of the Nobel Assembly, said he reached Kariko by phone."),
    ('modern-161', '2023-10-01',
     'Bono; Larry Mullen Jr; Bram van den Berg; James Dolan',
     'U2; Sphere Entertainment Co|Sphere Entertainment; New York Knicks',
     '',
     "U2 opened the Sphere in Las Vegas on Friday night, playing the first concert at the $2.3 billion"
     " venue, whose inside is covered by the largest high-resolution screen in the world.\n\nBono and the"
     " band played songs from their 1991 album Achtung Baby during a show that mixed music with images of"
     " the Nevada desert. Drummer Larry Mullen Jr, who is recovering from surgery, was replaced by Bram van"
     " den Berg.\n\nSphere Entertainment Co, which built the venue, is controlled by James Dolan, who also owns"
     " the New York Knicks. The company said U2's first 25 shows had sold out."),
    ('modern-162', '2024-12-10',
     'Mahamudu Bawumia; Jean Mensa',
     'Electoral Commission; National Democratic Congress; New Patriotic Party; International Monetary Fund',
     'john-mahama nana-akufo-addo',
     "John Mahama won Ghana's presidential election, the Electoral Commission said on Monday, completing a"
     " return to power eight years after voters threw him out, as anger over the worst economic crisis in a"
     " generation hurt the ruling party.\n\nMahama, of the National Democratic Congress, took 56.6% of the"
     " vote. Vice President Mahamudu Bawumia, the candidate of the New Patriotic Party, conceded on Sunday"
     " before the results were announced. President Nana Akufo-Addo steps down in January after two terms."
     "\n\nGhana defaulted on most of its foreign debt in 2022 and took a $3 billion bailout from the"
     " International Monetary Fund. \"This is a new beginning,\" Mahama told supporters in Accra. Jean Mensa,"
     " the chair of the Electoral Commission, read the results."),
    ('modern-163', '2025-01-04',
     'David McCall; David Burritt',
     'Nippon Steel; U.S. Steel; Committee on Foreign Investment in the United States; United Steelworkers',
     'joe-biden donald-trump',
     "President Joe Biden blocked Nippon Steel's $14.9 billion takeover of U.S. Steel on Friday, saying the"
     " deal would put one of America's largest steelmakers under foreign control and create a risk to"
     " national security.\n\nThe decision followed a review by the Committee on Foreign Investment in the"
     " United States, which failed to reach a consensus. Nippon Steel and U.S. Steel said in a joint"
     " statement that Biden had violated due process and that they would take legal action.\n\nThe United"
     " Steelworkers union, whose president, David McCall, had opposed the deal, welcomed the decision. David"
     " Burritt, U.S. Steel's chief executive, had warned that the company might close mills and move its"
     " headquarters from Pittsburgh without the deal. President-elect Donald Trump had also said he would"
     " block it."),
    ('modern-164', '2024-02-03',
     'Tim Cook',
     'Apple; Netflix; Spotify; Meta; Reality Labs; The Verge; The Wall Street Journal|Wall Street Journal',
     '',
     "Apple's Vision Pro headset went on sale in the United States on Friday, the company's first major new"
     " product since the Apple Watch in 2015, at a price of $3,499.\n\nChief executive Tim Cook greeted"
     " customers at the company's store on Fifth Avenue in New York. Apple says more than 600 apps have been"
     " built for the device, but Netflix and Spotify have not made apps for it.\n\nMeta, whose Quest 3 headset"
     " costs $499, has sold millions of headsets but lost more than $40 billion on its Reality Labs division"
     " since 2020. Analysts expect Apple to sell a few hundred thousand headsets this year. Early reviews in"
     " The Verge and The Wall Street Journal praised the display but said the headset was heavy."),
    # Seventeenth draw (modern-165 to modern-174): written after the rules the sixteenth asked for, and
    # scored before any rule was written for them.
    ('modern-165', '2024-05-16',
     'Matus Sutaj Estok; Juraj Cintula; Ursula von der Leyen',
     'European Parliament; Smer; European Commission',
     'robert-fico zuzana-caputova peter-pellegrini',
     "Slovakia's Prime Minister Robert Fico was shot several times on Wednesday after a government meeting"
     " in the town of Handlova and was in a life-threatening condition after surgery, officials said.\n\nA"
     " 71-year-old man was detained at the scene. Interior Minister Matus Sutaj Estok said the attack was"
     " politically motivated. Local media named the suspect as Juraj Cintula, a retired security guard and"
     " amateur poet.\n\nPresident Zuzana Caputova called it a brutal and ruthless attack. Peter Pellegrini,"
     " who will succeed her as president next month, urged politicians to suspend their campaigns for the"
     " European Parliament election. Fico's Smer party, which returned to power last year, blamed the"
     " opposition and the media for the hatred. European Commission President Ursula von der Leyen condemned"
     " what she called a vile attack."),
    ('modern-166', '2023-11-20',
     'Sergio Massa|Massa; Patricia Bullrich',
     'Union for the Homeland; Liberty Advances; International Monetary Fund',
     'javier-milei mauricio-macri alberto-fernandez donald-trump',
     "Javier Milei, a libertarian economist who has promised to take a chainsaw to the state, won"
     " Argentina's presidential run-off on Sunday with almost 56% of the vote, defeating Economy Minister"
     " Sergio Massa.\n\nMassa, the candidate of the ruling Peronist coalition Union for the Homeland, conceded"
     " before the official results were announced. Milei, whose Liberty Advances party was founded only in"
     " 2021, has pledged to replace the peso with the dollar and close the central bank. He was backed in"
     " the run-off by former President Mauricio Macri and by Patricia Bullrich, who came third in the first"
     " round.\n\nArgentina's annual inflation is above 140%, and the country owes the International Monetary"
     " Fund $43 billion. President Alberto Fernandez will hand over power on December 10. Former U.S."
     " President Donald Trump congratulated Milei."),
    ('modern-167', '2024-03-26',
     'Dave Calhoun|Calhoun; Larry Kellner; Steve Mollenkopf; Stan Deal; Stephanie Pope',
     'Boeing; Alaska Airlines; Qualcomm; Federal Aviation Administration; Spirit AeroSystems',
     '',
     "Boeing chief executive Dave Calhoun will step down at the end of the year, the company said on"
     " Monday, in a shake-up after a door panel blew off an Alaska Airlines jet in January and put its"
     " safety record under scrutiny.\n\nLarry Kellner, the chairman, will not stand for re-election and will"
     " be replaced by Steve Mollenkopf, a former chief executive of Qualcomm. Stan Deal, the head of Boeing's"
     " commercial airplanes business, is retiring immediately and will be replaced by Stephanie Pope, the"
     " chief operating officer.\n\nThe Federal Aviation Administration has capped production of the 737 Max"
     " while Boeing fixes its quality controls. Calhoun, who took over in 2020 after two fatal crashes, said"
     " the accident was a watershed moment. Boeing is also in talks to buy back Spirit AeroSystems, the"
     " supplier that made the panel. Boeing shares rose 1%."),
    ('modern-168', '2023-10-02',
     'Tommy Fleetwood; Rory McIlroy|McIlroy; Patrick Cantlay; Luke Donald; Henrik Stenson; Zach Johnson;'
     ' Jon Rahm',
     'LIV Golf',
     '',
     "Europe won back the Ryder Cup on Sunday, beating the United States 16.5-11.5 at Marco Simone outside"
     " Rome as Tommy Fleetwood secured the winning point.\n\nEurope swept the first morning's foursomes 4-0"
     " and never looked back. Rory McIlroy, who won four points, had a heated exchange with Patrick"
     " Cantlay's caddie on Saturday night. McIlroy said the row had fired him up.\n\nEurope captain Luke"
     " Donald, who took over after Henrik Stenson was removed for joining the Saudi-backed LIV Golf, was"
     " praised for his planning. US captain Zach Johnson said his team had been beaten by the better side."
     " The United States have not won in Europe since 1993. Jon Rahm won 3.5 points."),
    ('modern-169', '2023-11-03',
     'John Lennon|Lennon; Paul McCartney|McCartney; Ringo Starr; Peter Jackson|Jackson; George Harrison;'
     ' Yoko Ono',
     'The Beatles|Beatles; Apple Corps; Capitol Records; Universal Music Group',
     '',
     "The Beatles released Now and Then on Thursday, billed as the band's last song, more than 40 years"
     " after John Lennon recorded it as a demo on a cassette at his home in New York.\n\nPaul McCartney and"
     " Ringo Starr finished the song using machine learning developed for Peter Jackson's documentary Get"
     " Back, which separated Lennon's voice from the piano. George Harrison recorded guitar parts in 1995"
     " before the band abandoned the track. \"It's quite emotional,\" McCartney said.\n\nThe song was released"
     " by Apple Corps and Capitol Records, part of Universal Music Group. Yoko Ono gave McCartney the tape"
     " in 1994. A music video directed by Jackson was released on Friday."),
    ('modern-170', '2024-01-20',
     'Hitoshi Kuninaka',
     'Japan Aerospace Exploration Agency; Institute of Space and Astronautical Science;'
     ' Mitsubishi Heavy Industries',
     'fumio-kishida',
     "Japan became the fifth country to land a spacecraft on the moon on Saturday, but its lander's solar"
     " cells were not generating power, the Japan Aerospace Exploration Agency said.\n\nThe Smart Lander for"
     " Investigating Moon, known as SLIM, touched down within its target area near the Shioli crater."
     " Hitoshi Kuninaka, the head of the agency's Institute of Space and Astronautical Science, said the"
     " craft could run on its battery for only a few hours. Engineers hoped the panels might work when the"
     " sun's angle changed.\n\nPrime Minister Fumio Kishida congratulated the team. Only the Soviet Union, the"
     " United States, China and India had landed on the moon before. Mitsubishi Heavy Industries built the"
     " rocket that launched SLIM in September."),
    ('modern-171', '2023-12-07',
     'Hugo Keith; Heather Hallett; Dominic Cummings; Patrick Vallance',
     'Court of Appeal',
     'boris-johnson rishi-sunak',
     "Boris Johnson apologised on Wednesday for the \"pain and the loss and the suffering\" of Covid victims"
     " as he gave evidence to Britain's public inquiry into the pandemic, but defended his decisions on"
     " lockdowns.\n\nThe former prime minister was questioned by Hugo Keith, the inquiry's lead lawyer, over"
     " messages showing his doubts about lockdowns. Protesters held pictures of relatives outside. Johnson"
     " said the government had underestimated the threat early in 2020.\n\nThe inquiry, chaired by Heather"
     " Hallett, a former Court of Appeal judge, has heard from Dominic Cummings, Johnson's former adviser,"
     " and Patrick Vallance, the former chief scientific adviser. Prime Minister Rishi Sunak, who was"
     " chancellor during the pandemic, is due to give evidence next week."),
    ('modern-172', '2024-03-12',
     'Antony Blinken; Jimmy Cherizier',
     'Caribbean Community; United Nations Security Council',
     'ariel-henry jovenel-moise',
     "Haiti's Prime Minister Ariel Henry agreed to resign on Monday after gangs took over much of the"
     " capital, Port-au-Prince, and blocked him from returning home from a trip to Kenya.\n\nHenry will step"
     " down once a transitional presidential council is set up, leaders of the Caribbean Community said"
     " after a meeting in Jamaica attended by US Secretary of State Antony Blinken. Gangs led by Jimmy"
     " Cherizier, a former police officer known as Barbecue, had attacked police stations and freed"
     " thousands of prisoners.\n\nHenry, who has been stuck in Puerto Rico, took office after President"
     " Jovenel Moise was assassinated in 2021. The United States pledged another $100 million for a"
     " Kenyan-led security mission approved by the United Nations Security Council. Kenya said it would wait"
     " for a new government before deploying its police."),
    ('modern-173', '2024-01-30',
     'Linda Chan; Hui Ka Yan',
     'China Evergrande Group|Evergrande; Top Shine Global; Alvarez & Marsal; Country Garden',
     '',
     "A Hong Kong court ordered the liquidation of China Evergrande Group on Monday, more than two years"
     " after the developer defaulted on its debts, in a blow to Beijing's efforts to steady the property"
     " market.\n\nJudge Linda Chan said it was time for the court to say enough is enough after Evergrande"
     " failed to present a workable restructuring plan. The case was brought by Top Shine Global, an"
     " investor in an Evergrande unit. Alvarez & Marsal was appointed as liquidator.\n\nEvergrande, which has"
     " more than $300 billion of liabilities, was founded by Hui Ka Yan, who was detained by police last"
     " year. Trading in its shares was suspended. Rival developer Country Garden defaulted on its foreign"
     " debt in October."),
    ('modern-174', '2025-03-12',
     'Makoto Uchida|Uchida; Ivan Espinosa|Espinosa',
     'Nissan; Honda; Renault; Foxconn',
     '',
     "Nissan said on Tuesday that its chief executive, Makoto Uchida, would step down on April 1 and be"
     " replaced by Ivan Espinosa, its head of product planning, weeks after merger talks with Honda"
     " collapsed.\n\nThe Japanese carmaker has been hit by falling sales in China and the United States and"
     " has said it will cut 9,000 jobs. Uchida had led the talks with Honda, which ended in February when"
     " Honda proposed making Nissan a subsidiary.\n\nEspinosa, 46, who was born in Mexico, joined Nissan in"
     " 2003. Renault owns a stake in Nissan. Foxconn, the Taiwanese electronics maker, has said it is"
     " interested in working with Nissan."),
    # Eighteenth draw (modern-175 to modern-184): written after the rules the seventeenth asked for, and
    # scored before any rule was written for them.
    ('modern-175', '2024-09-18',
     'Mojtaba Amani; Hsu Ching-kuang',
     'Hezbollah; Gold Apollo; BAC Consulting; United Nations',
     'najib-mikati antonio-guterres',
     "Thousands of pagers used by members of Hezbollah exploded almost at once across Lebanon on Tuesday,"
     " killing at least 12 people, including two children, and wounding about 2,800, the health ministry"
     " said.\n\nHezbollah blamed Israel and vowed to retaliate. Israel's military declined to comment. Iran's"
     " ambassador to Beirut, Mojtaba Amani, was among the wounded. Images of the devices showed the brand of"
     " Gold Apollo, a Taiwanese company, whose founder Hsu Ching-kuang said they had been made under licence"
     " by BAC Consulting, a firm in Budapest.\n\nPrime Minister Najib Mikati called the attack a violation of"
     " Lebanon's sovereignty. United Nations Secretary-General Antonio Guterres was deeply alarmed, his"
     " spokesman said. Hospitals across the country appealed for blood donations."),
    ('modern-176', '2024-01-10',
     'Adolfo Macias',
     'TC Television; Los Choneros; Los Lobos',
     'daniel-noboa',
     "President Daniel Noboa declared that Ecuador was in an internal armed conflict on Tuesday after masked"
     " gunmen stormed the studio of the TC Television network in Guayaquil during a live broadcast and"
     " threatened staff.\n\nNoboa ordered the armed forces to neutralise 22 gangs he named as terrorist groups,"
     " including Los Choneros and Los Lobos. The violence followed the escape from prison on Sunday of Adolfo"
     " Macias, the leader of Los Choneros, known as Fito. Police said 13 people had been arrested at the"
     " station.\n\nNoboa, 36, took office in November promising to restore security. Peru declared an"
     " emergency along its northern border."),
    ('modern-177', '2024-12-06',
     'Margherita Della Valle',
     'Vodafone; CK Hutchison; Competition and Markets Authority; Three; BT; Virgin Media O2; Unite',
     '',
     "Britain's competition regulator cleared the merger of Vodafone's and CK Hutchison's British mobile"
     " businesses on Thursday, creating the country's largest mobile operator with 27 million customers."
     "\n\nThe Competition and Markets Authority said it had accepted commitments from the companies to invest"
     " 11 billion pounds in a 5G network and to cap some tariffs for three years. Vodafone will own 51% of"
     " the combined company and CK Hutchison, which owns the Three network, 49%.\n\n\"This is great news for"
     " customers,\" said Margherita Della Valle, Vodafone's chief executive. BT and Virgin Media O2 will now"
     " be the new group's rivals. The Unite union had opposed the deal, warning of higher prices."),
    ('modern-178', '2024-08-06',
     'Amit Mehta; Merrick Garland; Kent Walker',
     'Google; US District Court; Apple; Alphabet; Justice Department',
     '',
     "A federal judge ruled on Monday that Google had illegally maintained a monopoly in online search, a"
     " landmark defeat for the company in the biggest antitrust case against a technology firm in decades."
     "\n\n\"Google is a monopolist, and it has acted as one to maintain its monopoly,\" Judge Amit Mehta of the"
     " US District Court in Washington wrote. He found that Google had paid $26 billion in 2021 to be the"
     " default search engine on smartphones and browsers, much of it to Apple.\n\nAttorney General Merrick"
     " Garland called the ruling a historic win for the American people. Kent Walker, Google's president of"
     " global affairs, said the company would appeal. Shares of Alphabet, Google's parent, fell 4.5%. The"
     " Justice Department, which brought the case in 2020 with a group of states, will now ask the court for"
     " remedies, which could include breaking up the company."),
    ('modern-179', '2024-01-29',
     'Jannik Sinner|Sinner; Daniil Medvedev|Medvedev; Novak Djokovic; Darren Cahill; Simone Vagnozzi;'
     ' Adriano Panatta; Aryna Sabalenka; Zheng Qinwen',
     '',
     '',
     "Jannik Sinner came from two sets down to beat Daniil Medvedev 3-6 3-6 6-4 6-4 6-3 in the Australian"
     " Open final on Sunday, becoming the first Italian man to win the title.\n\nThe 22-year-old had beaten the"
     " defending champion Novak Djokovic in the semi-finals, ending the Serbian's run of 33 wins in a row in"
     " Melbourne. Medvedev, who also lost the final from two sets up in 2022, said he was proud of his"
     " effort.\n\nSinner, coached by Darren Cahill and Simone Vagnozzi, is the first Italian man to win a Grand"
     " Slam singles title since Adriano Panatta at the French Open in 1976. Aryna Sabalenka won the women's"
     " title on Saturday, beating China's Zheng Qinwen."),
    ('modern-180', '2024-01-16',
     'Kieran Culkin; Sarah Snook; Jeremy Allen White; Ayo Edebiri; Ali Wong; Steven Yeun; Anthony Anderson',
     'HBO; FX; Netflix; Fox; Television Academy',
     '',
     "Succession won outstanding drama series at the Emmy Awards on Monday, the third time HBO's satire of a"
     " media dynasty has taken the prize, in a ceremony delayed by four months by the Hollywood strikes.\n\n"
     "Kieran Culkin and Sarah Snook won the lead acting awards for drama. The Bear, a show about a Chicago"
     " sandwich shop on the FX network, won best comedy, and its stars Jeremy Allen White and Ayo Edebiri"
     " also won. Beef, a Netflix series, took the prize for best limited series, with awards for Ali Wong"
     " and Steven Yeun.\n\nThe ceremony, hosted by Anthony Anderson, was broadcast by Fox. The Television"
     " Academy had postponed it from September."),
    ('modern-181', '2024-10-10',
     'Vivian Medinilla',
     'GSK; Pfizer; Sanofi; Food and Drug Administration',
     '',
     "GSK agreed on Wednesday to pay up to $2.2 billion to settle about 80,000 lawsuits in US state courts"
     " claiming that its discontinued heartburn drug Zantac caused cancer, sending its shares up 4% in"
     " London.\n\nThe settlement covers 93% of the cases against the British drugmaker, which denies that the"
     " drug causes cancer. Zantac was sold by GSK and later by Pfizer and Sanofi before it was withdrawn from"
     " the US market in 2020 after the Food and Drug Administration found a probable carcinogen in some"
     " pills.\n\nThe deal removes a risk that had hung over the company since Judge Vivian Medinilla in"
     " Delaware allowed more than 70,000 cases to proceed in May. Pfizer and Sanofi have settled thousands"
     " of cases of their own."),
    ('modern-182', '2024-01-31',
     '',
     'Conference of Rulers; Country Garden',
     'ibrahim-iskandar-of-johor anwar-ibrahim abdullah-of-pahang',
     "Sultan Ibrahim Iskandar of Johor was sworn in as Malaysia's king on Wednesday, taking over the throne"
     " under the country's system of rotating the monarchy among the rulers of nine states every five"
     " years.\n\nThe billionaire ruler, whose business interests include a stake in a property project with the"
     " Chinese developer Country Garden, was chosen by the Conference of Rulers last year. He is close to"
     " Prime Minister Anwar Ibrahim, whose coalition government he has promised to support.\n\nThe king's role"
     " is largely ceremonial, but it has grown in importance after a series of hung parliaments. Sultan"
     " Ibrahim takes over from Sultan Abdullah of Pahang."),
    ('modern-183', '2024-06-03',
     'John Steenhuisen; Julius Malema',
     'African National Congress|ANC; Democratic Alliance; uMkhonto weSizwe; Economic Freedom Fighters;'
     ' Electoral Commission of South Africa',
     'jacob-zuma cyril-ramaphosa',
     "The African National Congress lost its parliamentary majority for the first time since the end of"
     " apartheid, final results of last week's election showed on Sunday, forcing it to seek a coalition"
     " partner.\n\nThe ANC won 40% of the vote, down from 57% five years ago. The pro-business Democratic"
     " Alliance, led by John Steenhuisen, came second with 22%. Former President Jacob Zuma's new uMkhonto"
     " weSizwe party took 15% and said it would challenge the results in court. Julius Malema's Economic"
     " Freedom Fighters won 9%.\n\nPresident Cyril Ramaphosa said the results showed voters wanted parties to"
     " work together. The Electoral Commission of South Africa said turnout was 59%."),
    ('modern-184', '2024-11-26',
     'Giancarlo Giorgetti; Andrea Orcel',
     'UniCredit; Banco BPM; Commerzbank; Anima Holding',
     '',
     "UniCredit launched a 10 billion euro bid for Banco BPM on Monday, a surprise move that could create"
     " Italy's largest bank while it also builds a stake in Germany's Commerzbank.\n\nBanco BPM said the offer"
     " did not reflect its value. Italy's Economy Minister Giancarlo Giorgetti said the government would"
     " examine the offer. Banco BPM had itself just made an offer for the fund manager Anima Holding.\n\n"
     "Andrea Orcel, UniCredit's chief executive, said the bid was not hostile. The offer values Banco BPM at"
     " a premium of less than 1% to its last closing price."),
    # Nineteenth draw (modern-185 to modern-194): written after the rules the eighteenth asked for, and
    # scored before any rule was written for them.
    ('modern-185', '2024-01-31',
     'Elon Musk|Musk; Kathaleen McCormick; Richard Tornetta; Robyn Denholm',
     'Tesla; Delaware Court of Chancery; SpaceX; Forbes',
     '',
     "A Delaware judge on Tuesday voided Elon Musk's pay package at Tesla, worth about $56 billion, in a"
     " ruling that could force the electric carmaker's board to work out anew how to pay its chief"
     " executive.\n\nChancellor Kathaleen McCormick of the Delaware Court of Chancery found that the board had"
     " been beholden to Musk and that shareholders had not been told enough about how the package was set."
     " The case was brought in 2018 by Richard Tornetta, a Tesla shareholder who owned nine shares at the"
     " time.\n\n\"Never incorporate your company in the state of Delaware,\" Musk wrote shortly after the"
     " ruling, and he later said Tesla would ask its shareholders to move its incorporation to Texas. The"
     " ruling is a blow to the board led by Robyn Denholm, Tesla's chair. Musk, who also runs SpaceX, is the"
     " world's richest person according to Forbes."),
    ('modern-186', '2024-07-31',
     'Leon Marchand|Marchand; Kristof Milak; Ilya Kharun; Zac Stubblety-Cook; Caspar Corbeau; Bob Bowman;'
     ' Michael Phelps',
     'University of Texas',
     '',
     "Leon Marchand won two Olympic titles in about two hours on Wednesday night, taking the 200m butterfly"
     " and the 200m breaststroke at the Paris La Defense Arena in front of a delighted home crowd.\n\nThe"
     " 22-year-old Frenchman came from behind to beat Hungary's Kristof Milak in the butterfly, with"
     " Canada's Ilya Kharun third. He returned to win the breaststroke ahead of Australia's Zac"
     " Stubblety-Cook and Caspar Corbeau of the Netherlands.\n\nMarchand, who trains at the University of"
     " Texas under Bob Bowman, the former coach of Michael Phelps, had already won the 400m individual"
     " medley on Sunday. He is favourite for the 200m individual medley on Friday."),
    ('modern-187', '2024-08-14',
     'Steve Cahillane; Poul Weihrauch',
     'Mars; Kellanova; Kellogg; WK Kellogg Co; W.K. Kellogg Foundation Trust',
     '',
     "Mars agreed on Wednesday to buy Kellanova, the maker of Pringles and Cheez-It, for about $36 billion"
     " including debt, the largest deal in the snack industry in years.\n\nThe family-owned maker of M&M's"
     " and Snickers will pay $83.50 a share in cash. Kellanova was formed last year when Kellogg spun off"
     " its North American cereal business as WK Kellogg Co. Steve Cahillane, Kellanova's chief executive,"
     " said the deal would take its brands to more markets. Poul Weihrauch, the chief executive of Mars,"
     " said the two companies shared a long history.\n\nThe deal needs the approval of regulators. The W.K."
     " Kellogg Foundation Trust, which holds about 16% of Kellanova, has agreed to vote for it."),
    ('modern-188', '2024-07-02',
     'Geert Wilders|Wilders; Pieter Omtzigt; Caroline van der Plas',
     'Party for Freedom|PVV; VVD; New Social Contract; Farmer-Citizen Movement|BBB; Nato',
     'dick-schoof willem-alexander-of-the-netherlands mark-rutte',
     "Dick Schoof, a former head of the Dutch intelligence service, was sworn in as prime minister of the"
     " Netherlands by King Willem-Alexander on Tuesday, at the head of the most right-wing government in"
     " decades.\n\nThe coalition joins Geert Wilders' Party for Freedom (PVV), the liberal VVD, the New"
     " Social Contract party of Pieter Omtzigt and the Farmer-Citizen Movement (BBB) led by Caroline van"
     " der Plas. Wilders, whose party won the most seats in November's election, agreed not to take the top"
     " job himself after his partners refused to serve under him.\n\nSchoof, 67, belongs to no party. He"
     " succeeds Mark Rutte, who led the Netherlands for almost 14 years and is to become the"
     " secretary-general of Nato in October."),
    ('modern-189', '2024-01-23',
     'Mark Shapiro; Bela Bajaria; Dwayne Johnson',
     'Netflix; WWE; TKO Group Holdings|TKO; USA Network; Comcast; NBCUniversal',
     '',
     "Netflix will become the home of WWE's flagship weekly show Raw from next January under a ten-year deal"
     " worth more than $5 billion, the streaming company and TKO Group Holdings said on Tuesday.\n\nThe deal"
     " moves Raw from the USA Network, owned by Comcast's NBCUniversal, where it has aired for most of its"
     " three decades. It is Netflix's biggest move yet into live entertainment. Outside the United States,"
     " Netflix will also show WWE's other programmes, SmackDown and NXT.\n\nMark Shapiro, the president of"
     " TKO, called the deal transformative. Bela Bajaria, Netflix's chief content officer, said it brought"
     " together entertainment and sport. Dwayne Johnson, the former wrestler known as The Rock, is joining"
     " the TKO board."),
    ('modern-190', '2024-10-14',
     'Bill Nelson',
     'NASA; SpaceX; Jet Propulsion Laboratory; Johns Hopkins Applied Physics Laboratory',
     '',
     "NASA's Europa Clipper spacecraft lifted off from Cape Canaveral in Florida on Monday on a SpaceX Falcon"
     " Heavy rocket, beginning a journey of nearly six years to Jupiter's icy moon Europa.\n\nThe launch had"
     " been delayed by Hurricane Milton, which struck Florida last week. The spacecraft, the largest NASA"
     " has built for a planetary mission, will study whether the ocean beneath Europa's ice could support"
     " life. It was built by the Jet Propulsion Laboratory in California with the Johns Hopkins Applied"
     " Physics Laboratory.\n\nBill Nelson, the NASA administrator, said the mission could help answer"
     " whether there is life beyond Earth. The craft will make 49 flybys of the moon after it reaches"
     " Jupiter in 2030."),
    ('modern-191', '2024-02-20',
     'Richard Fairbank; Michael Shepherd; Elizabeth Warren',
     'Capital One; Discover Financial Services|Discover; Visa; Mastercard; Federal Reserve;'
     ' Office of the Comptroller of the Currency',
     '',
     "Capital One agreed on Monday to buy Discover Financial Services for $35.3 billion in shares, joining two"
     " of the largest credit card companies in the United States.\n\nDiscover shareholders will receive"
     " 1.0192 Capital One shares for each share they hold. Richard Fairbank, Capital One's founder and"
     " chief executive, will lead the combined company; Michael Shepherd has been Discover's interim chief"
     " executive since last year. The deal gives Capital One its own payments network to compete with Visa"
     " and Mastercard.\n\nIt needs the approval of the Federal Reserve and the Office of the Comptroller of"
     " the Currency. Senator Elizabeth Warren urged regulators to block it."),
    ('modern-192', '2024-08-31',
     'Elon Musk|Musk; Alexandre de Moraes|Moraes',
     'Supreme Federal Court; X; Anatel; Starlink; SpaceX',
     'luiz-inacio-lula-da-silva',
     "A justice of Brazil's Supreme Federal Court ordered the suspension of the social network X across the"
     " country on Friday after Elon Musk's company failed to name a legal representative in Brazil by the"
     " deadline he had set.\n\nJustice Alexandre de Moraes told Anatel, the telecommunications regulator, to"
     " carry out the order within 24 hours, and set a daily fine of 50,000 reais for anyone who used a"
     " virtual private network to reach the site. He had earlier frozen the Brazilian accounts of Starlink,"
     " the satellite internet company Musk controls through SpaceX, to secure fines owed by X.\n\nMusk called"
     " Moraes a dictator. President Luiz Inacio Lula da Silva said any company that operates in Brazil must"
     " respect its laws."),
    ('modern-193', '2023-09-21',
     'Chuck Robbins; Gary Steele',
     'Cisco Systems|Cisco; Splunk',
     '',
     "Cisco Systems agreed on Thursday to buy Splunk, the cybersecurity software company, for about $28"
     " billion in cash, the largest acquisition in its history.\n\nCisco will pay $157 a share. Chuck"
     " Robbins, Cisco's chief executive, said the deal would help customers use artificial intelligence to"
     " protect their networks. Gary Steele, Splunk's chief executive, will join Cisco's leadership team.\n\n"
     "The deal is expected to close by the end of the third quarter of 2024. Splunk is based in San"
     " Francisco and Cisco in San Jose. Shares of Splunk rose 21%."),
    ('modern-194', '2024-05-23',
     'Ademola Lookman|Lookman; Xabi Alonso; Gian Piero Gasperini',
     'Atalanta; Bayer Leverkusen|Leverkusen; Bayern Munich; Kaiserslautern',
     '',
     "Atalanta beat Bayer Leverkusen 3-0 in the Europa League final in Dublin on Wednesday, ending the German"
     " champions' unbeaten run of 51 matches this season, with Ademola Lookman scoring a hat-trick.\n\n"
     "Leverkusen, coached by Xabi Alonso, had won the Bundesliga without losing a game, ending Bayern"
     " Munich's run of 11 titles in a row. Lookman, the Nigeria forward, scored twice in the first half and"
     " added a third after the break. Atalanta's coach Gian Piero Gasperini won his first major trophy.\n\n"
     "Leverkusen can still win a domestic double in the German Cup final against Kaiserslautern in Berlin"
     " on Saturday."),
    # Twentieth draw (modern-195 to modern-204): written after the rules the nineteenth asked for, and
    # scored before any rule was written for them (as written: people 0.986, organisations 0.912); three
    # omissions the output showed were then added (Jurgen Klopp, the Premier League, the Republican Party).
    ('modern-195', '2025-03-06',
     'Tim Wentworth; Stefano Pessina',
     'Walgreens Boots Alliance|Walgreens; Sycamore Partners; VillageMD',
     '',
     "Walgreens Boots Alliance agreed on Thursday to be taken private by Sycamore Partners in a deal worth"
     " up to $23.7 billion including debt, ending almost a century as a listed company for the pharmacy"
     " chain.\n\nShareholders will receive $11.45 a share in cash and up to $3 more from the sale of its"
     " stake in VillageMD, the primary care business. Tim Wentworth, the chief executive, said the"
     " company needed time and flexibility away from the public markets to turn itself around.\n\nStefano"
     " Pessina, the executive chairman and the largest shareholder, will keep a large part of his stake."
     " Walgreens has closed hundreds of stores as it struggles with falling prescription margins."),
    ('modern-196', '2025-07-18',
     'Mike Wirth; John Hess',
     'Chevron; Hess; Exxon Mobil|Exxon; International Chamber of Commerce',
     '',
     "Chevron completed its $53 billion purchase of Hess on Friday after an arbitration panel ruled that"
     " Exxon Mobil had no right to block the deal over a prized oil field off Guyana.\n\nExxon, which"
     " operates the Stabroek block, had argued that it held a right of first refusal over Hess's 30% stake"
     " in it. The panel of the International Chamber of Commerce disagreed. Exxon said it disagreed with"
     " the ruling but respected it.\n\nMike Wirth, Chevron's chief executive, said the deal made the company"
     " stronger for years to come. John Hess, who led the company his father founded, will join Chevron's"
     " board."),
    ('modern-197', '2025-03-12',
     'Lip-Bu Tan|Tan; Pat Gelsinger; David Zinsner; Michelle Johnston Holthaus; Frank Yeary',
     'Intel; Cadence Design Systems',
     '',
     "Intel named Lip-Bu Tan, a semiconductor industry veteran, as its chief executive on Wednesday, and"
     " its shares jumped 11% in extended trading.\n\nTan, 65, led Cadence Design Systems, the chip design"
     " software maker, from 2009 to 2021 and left Intel's board last year. He takes over next week from"
     " David Zinsner and Michelle Johnston Holthaus, who have run the company together since Pat Gelsinger"
     " was pushed out in December.\n\nFrank Yeary, who has been interim executive chairman, will go back"
     " to being an independent chair. Intel has lost ground to rivals in chips for artificial"
     " intelligence."),
    ('modern-198', '2025-06-13',
     'Vishwash Kumar Ramesh; N. Chandrasekaran',
     'Air India; Boeing; Tata Group; Aircraft Accident Investigation Bureau',
     'narendra-modi',
     "Investigators recovered a flight recorder on Friday from the Air India plane that crashed into a"
     " medical college hostel in Ahmedabad moments after take-off, killing 241 of the 242 people on"
     " board.\n\nThe Boeing 787 Dreamliner was bound for London Gatwick. The only survivor, Vishwash Kumar"
     " Ramesh, a British national, walked out of the wreckage. Prime Minister Narendra Modi visited the"
     " site and the survivor in hospital.\n\nN. Chandrasekaran, the chairman of the Tata Group, which owns"
     " the airline, said it would pay 10 million rupees to the family of each person killed. India's"
     " Aircraft Accident Investigation Bureau is leading the inquiry."),
    ('modern-199', '2025-05-08',
     'Dominique Mamberti',
     'Roman Catholic Church; Order of St Augustine',
     'pope-leo-xiv donald-trump',
     "Cardinal Robert Prevost of the United States was elected pope on Thursday, taking the name Leo XIV and"
     " becoming the first American to lead the Roman Catholic Church.\n\nWhite smoke rose from the chimney"
     " of the Sistine Chapel on the second day of the conclave. Cardinal Dominique Mamberti announced the"
     " choice from the balcony of St Peter's Basilica to a cheering crowd.\n\nLeo XIV, 69, was born in"
     " Chicago, is a member of the Order of St Augustine and spent many years as a missionary in Peru."
     " President Donald Trump called his election a great honour for the country."),
    ('modern-200', '2025-05-06',
     'Lars Klingbeil',
     'Bundestag; Christian Democratic Union|CDU; Christian Social Union|CSU; Social Democrats|SPD;'
     ' Alternative for Germany|AfD',
     'friedrich-merz frank-walter-steinmeier olaf-scholz',
     "Friedrich Merz was elected German chancellor on Tuesday at the second attempt, after a stunning"
     " defeat in a first vote in the Bundestag that no candidate had suffered since the Second World War.\n\n"
     "Merz won 325 votes in the second round, nine more than he needed, having fallen six short in the"
     " morning. His coalition of the Christian Democratic Union (CDU), its Bavarian sister the Christian"
     " Social Union (CSU) and the Social Democrats (SPD) holds 328 seats.\n\nPresident Frank-Walter"
     " Steinmeier appointed him later in the day. Lars Klingbeil, the SPD leader, becomes vice-chancellor"
     " and finance minister. Merz succeeds Olaf Scholz. The Alternative for Germany (AfD) is the largest"
     " opposition party."),
    ('modern-201', '2025-04-27',
     'Arne Slot; Mohamed Salah|Salah; Dominic Solanke; Luis Diaz; Alexis Mac Allister; Cody Gakpo;'
     ' Destiny Udogie; Jurgen Klopp',
     'Liverpool; Tottenham Hotspur|Tottenham; Manchester United; Premier League',
     '',
     "Liverpool won the Premier League title with four games to spare on Sunday, beating Tottenham 5-1 at"
     " Anfield to equal Manchester United's record of 20 English league titles.\n\nDominic Solanke gave"
     " Tottenham the lead before Luis Diaz, Alexis Mac Allister, Cody Gakpo and Mohamed Salah scored, and"
     " Destiny Udogie turned the ball into his own net.\n\nArne Slot won the title in his first season"
     " after succeeding Jurgen Klopp. Salah, 32, has scored 28 league goals this season. \"I couldn't be"
     " prouder of these players,\" Slot said."),
    ('modern-202', '2025-05-31',
     'Desire Doue|Doue; Achraf Hakimi; Khvicha Kvaratskhelia; Senny Mayulu; Luis Enrique; Simone Inzaghi;'
     ' Nasser Al-Khelaifi',
     'Paris Saint-Germain|PSG; Inter Milan|Inter; Qatar Sports Investments',
     '',
     "Paris Saint-Germain won the Champions League for the first time on Saturday, beating Inter Milan 5-0"
     " in the final in Munich, the biggest winning margin in the final's history.\n\nDesire Doue, 19,"
     " scored twice after Achraf Hakimi had opened the scoring, and Khvicha Kvaratskhelia and Senny Mayulu"
     " added goals in the second half.\n\nLuis Enrique, the coach, dedicated the win to the fans. Inter's"
     " coach Simone Inzaghi said his side had not been good enough. Nasser Al-Khelaifi, the club's"
     " president, said it was a dream come true for Qatar Sports Investments, which bought PSG in 2011."),
    ('modern-203', '2025-02-13',
     'Robert F. Kennedy Jr.|Kennedy; Mitch McConnell; Bill Cassidy',
     'Senate; Department of Health and Human Services; Republican Party|Republican',
     'donald-trump',
     "The Senate confirmed Robert F. Kennedy Jr. as health secretary on Thursday by 52 votes to 48, putting a"
     " longtime critic of vaccines in charge of the Department of Health and Human Services.\n\nMitch"
     " McConnell, the former Republican leader and a survivor of polio, was the only Republican to vote"
     " against him. Senator Bill Cassidy, a doctor, had voted for him after Kennedy promised not to change"
     " the vaccine schedule.\n\nKennedy, 71, was sworn in at the White House later in the day by President"
     " Donald Trump, who said he would make America healthy again."),
    ('modern-204', '2025-07-24',
     'Brendan Carr; David Ellison; Shari Redstone; Anna Gomez',
     'Federal Communications Commission|FCC; Paramount; Skydance Media|Skydance; CBS; National Amusements',
     'donald-trump',
     "The Federal Communications Commission approved Skydance Media's $8 billion takeover of Paramount on"
     " Thursday, weeks after Paramount settled a lawsuit brought by President Donald Trump over an"
     " interview on CBS.\n\nBrendan Carr, the FCC chairman, said Skydance had committed to an ombudsman at"
     " CBS to handle complaints of bias. Anna Gomez, the only Democrat on the commission, said the"
     " agency had been used to intimidate the press.\n\nDavid Ellison, the founder of Skydance, will lead"
     " the combined company. Shari Redstone, whose family company National Amusements controls Paramount,"
     " will step away."),
    # Twenty-first draw (modern-205 to modern-214): written after the rules the twentieth asked for, and
    # scored before any rule was written for them (as written: people 1.000, organisations 0.810); one
    # omission the output showed was then added (the European Union).
    ('modern-205', '2025-09-05',
     'Angela Rayner|Rayner; Laurie Magnus; David Lammy; Yvette Cooper; Kemi Badenoch',
     'Foreign Office; Labour Party|Labour; Conservative Party|Conservative',
     'keir-starmer',
     "Angela Rayner resigned as deputy prime minister and housing secretary on Friday after the prime"
     " minister's adviser on ministers' interests found that she had broken the ministerial code by paying"
     " too little stamp duty on a flat in Hove.\n\nSir Laurie Magnus said she had acted in good faith but"
     " should have sought specialist tax advice. In the reshuffle that followed, Prime Minister Keir Starmer"
     " made David Lammy deputy prime minister and justice secretary, and moved Yvette Cooper to the Foreign"
     " Office.\n\nRayner also stepped down as deputy leader of the Labour Party. Kemi Badenoch, the"
     " Conservative leader, said the government was in chaos."),
    ('modern-206', '2025-06-23',
     'Shai Gilgeous-Alexander|Gilgeous-Alexander; Tyrese Haliburton|Haliburton; Mark Daigneault',
     'Oklahoma City Thunder|Thunder; Indiana Pacers|Pacers; NBA',
     '',
     "The Oklahoma City Thunder won their first NBA championship on Sunday, beating the Indiana Pacers"
     " 103-91 in the seventh game of the finals.\n\nShai Gilgeous-Alexander scored 29 points and was named the"
     " most valuable player of the finals, a month after winning the award for the regular season. The"
     " Pacers lost their star guard Tyrese Haliburton to a torn Achilles tendon in the first quarter.\n\n"
     "Mark Daigneault, the Thunder's coach, praised a team with the youngest roster to win the title in"
     " decades. Gilgeous-Alexander, 26, was born in Canada."),
    ('modern-207', '2025-06-13',
     'Alexandr Wang|Wang; Jason Droege; Mark Zuckerberg',
     'Meta; Scale AI|Scale; Google',
     '',
     "Meta will invest $14.3 billion in Scale AI for a 49% stake, and Alexandr Wang, the start-up's founder"
     " and chief executive, will join Meta to work on what it calls superintelligence, the companies said"
     " on Thursday.\n\nJason Droege, Scale's chief strategy officer, becomes interim chief executive. Scale"
     " labels the data used to train artificial intelligence models. Mark Zuckerberg has been hiring"
     " researchers after a disappointing reception for Meta's latest models.\n\nGoogle, one of Scale's"
     " biggest customers, plans to end its work with the company, people familiar with the matter said."),
    ('modern-208', '2025-04-23',
     'Teresa Ribera; Joel Kaplan',
     'European Commission|Commission; Apple; Meta; European Union',
     '',
     "The European Commission fined Apple 500 million euros and Meta 200 million euros on Wednesday, the"
     " first penalties under the Digital Markets Act, the European Union's law to rein in big technology"
     " companies.\n\nThe Commission said Apple had stopped app developers from telling users about cheaper"
     " offers outside its App Store, and that Meta had given users of Facebook and Instagram no real choice"
     " over the use of their data. Teresa Ribera, the Commission's executive vice-president, said the"
     " decisions sent a strong and clear message.\n\nApple said it would appeal. Joel Kaplan, Meta's chief"
     " global affairs officer, said the Commission was trying to handicap successful American businesses."),
    ('modern-209', '2025-06-20',
     'Kim Leadbeater|Leadbeater; Wes Streeting; Shabana Mahmood',
     'House of Lords; Labour',
     'keir-starmer',
     "MPs voted by 314 to 291 on Friday to back a bill that would let terminally ill adults in England and"
     " Wales end their lives with medical help, sending it to the House of Lords.\n\nKim Leadbeater, the"
     " Labour MP who brought the bill, said it would give dying people choice and dignity. Prime Minister"
     " Keir Starmer voted for it. Wes Streeting, the health secretary, and Shabana Mahmood, the justice"
     " secretary, voted against.\n\nThe majority was smaller than the 55 votes by which the bill passed its"
     " first stage in November. Leadbeater said she was confident the Lords would respect the vote."),
    ('modern-210', '2025-05-18',
     'JJ|Johannes Pietsch; Yuval Raphael',
     'European Broadcasting Union; RTVE',
     '',
     "Austria's JJ won the Eurovision Song Contest in Basel on Saturday night with Wasted Love, a ballad that"
     " mixes opera and techno.\n\nIsrael's Yuval Raphael came second after winning the public vote. JJ, a"
     " 24-year-old countertenor whose name is Johannes Pietsch, said he was overwhelmed. Austria will host"
     " next year's contest.\n\nSpain's broadcaster RTVE had asked the European Broadcasting Union, which runs"
     " the contest, for a debate on Israel's taking part, and called for an audit of the public vote."),
    ('modern-211', '2025-04-29',
     'Eduardo Prieto',
     'Red Electrica; REN',
     'pedro-sanchez luis-montenegro',
     "Power was back across almost all of Spain and Portugal on Tuesday after a blackout that stopped"
     " trains, traffic lights and phone networks across the Iberian peninsula.\n\nRed Electrica, Spain's"
     " grid operator, said 99% of demand was being supplied by the morning. Eduardo Prieto, its head of"
     " operations, said that a cyberattack appeared to be ruled out. Prime Minister Pedro Sanchez said the"
     " cause was not yet known and no hypothesis was ruled out.\n\nIn Portugal, the grid operator REN said"
     " its network was stable. Prime Minister Luis Montenegro called for an independent inquiry."),
    ('modern-212', '2023-09-13',
     'Bernard Looney|Looney; Murray Auchincloss; Helge Lund',
     'BP',
     '',
     "Bernard Looney resigned as chief executive of BP with immediate effect on Tuesday, saying he had not"
     " been fully transparent about past relationships with colleagues.\n\nMurray Auchincloss, the chief"
     " financial officer, becomes interim chief executive. BP's board had looked into allegations about"
     " Looney's relationships last year, and he had disclosed some of them. Helge Lund, the chairman, said"
     " the company was committed to its strategy.\n\nLooney, 53, had led the oil company since 2020 and"
     " pledged to cut its emissions sharply."),
    ('modern-213', '2024-12-12',
     'Gukesh Dommaraju|Gukesh; Ding Liren|Ding; Garry Kasparov; Arkady Dvorkovich',
     'FIDE',
     '',
     "Gukesh Dommaraju became the youngest world chess champion at 18 on Thursday, beating China's Ding"
     " Liren in the 14th and last game of their match in Singapore.\n\nDing, the defending champion, blundered"
     " in an endgame that looked headed for a draw, and Gukesh won the match by 7.5 points to 6.5. The"
     " Indian beat the record of Garry Kasparov, who was 22 when he won the title in 1985.\n\nArkady"
     " Dvorkovich, the president of FIDE, the world chess federation, called it a historic day."),
    ('modern-214', '2025-09-02',
     'Laurent Freixe|Freixe; Philipp Navratil; Paul Bulcke; Mark Schneider',
     'Nestle',
     '',
     "Nestle dismissed its chief executive, Laurent Freixe, on Monday after an investigation into an"
     " undisclosed romantic relationship with a direct subordinate.\n\nPhilipp Navratil, who ran the"
     " Nespresso coffee business, replaces him with immediate effect. Paul Bulcke, the chairman, said it"
     " was a necessary decision.\n\nFreixe had been in the job for only a year, after Mark Schneider was"
     " pushed out. Shares of the Swiss food group have fallen by about a third since 2022."),
    # Twenty-second draw (modern-215 to modern-224): written after the rules the twenty-first asked for,
    # and scored before any rule was written for them (as written: people 0.909, organisations 0.846); one
    # omission the output showed was then added (Ivan Menezes).
    ('modern-215', '2025-07-07',
     'Debra Crew|Crew; Nik Jhangiani; Ivan Menezes',
     'Diageo',
     '',
     "Diageo said on Monday that Debra Crew had stepped down as chief executive by mutual agreement after two"
     " years in the job, as the drinks group struggles with weak sales in the Americas.\n\nNik Jhangiani, the"
     " chief financial officer, becomes interim chief executive while the board looks for a successor. The"
     " maker of Johnnie Walker whisky and Guinness stout has issued several profit warnings and faces US"
     " tariffs on its spirits.\n\nCrew, who joined Diageo in 2020, took over in 2023 after the death of Ivan"
     " Menezes. Shares rose 1% in London."),
    ('modern-216', '2025-09-29',
     'Peter Kyle; Rachel Reeves',
     'Jaguar Land Rover|JLR; Tata Motors',
     '',
     "The British government will guarantee a loan of up to 1.5 billion pounds to Jaguar Land Rover after a"
     " cyberattack shut the carmaker's factories for almost a month.\n\nPeter Kyle, the business secretary,"
     " said the guarantee would protect the firm's suppliers, many of which have run short of cash. Rachel"
     " Reeves, the chancellor, said the attack had hit one of Britain's most important employers.\n\nJLR,"
     " which is owned by India's Tata Motors, employs about 33,000 people in Britain. It has not said when"
     " production at its plants in Solihull, Halewood and Wolverhampton will restart."),
    ('modern-217', '2025-09-29',
     'Shane Lowry; Luke Donald; Keegan Bradley; Rory McIlroy|McIlroy',
     '',
     '',
     "Europe won the Ryder Cup 15-13 at Bethpage Black on Sunday, its first win on American soil in 13"
     " years, after the United States came close to overturning a record deficit.\n\nShane Lowry's birdie on"
     " the last hole made sure Europe kept the cup. Luke Donald, Europe's captain, said his players had"
     " shown incredible character. Keegan Bradley, the US captain, said his team had made him proud on the"
     " final day.\n\nRory McIlroy, who was jeered by the crowds all week, said it was the hardest Ryder Cup"
     " he had played. McIlroy won the Masters in April."),
    ('modern-218', '2025-06-09',
     'Carlos Alcaraz|Alcaraz; Jannik Sinner|Sinner; Coco Gauff; Aryna Sabalenka',
     '',
     '',
     "Carlos Alcaraz came back from two sets down and saved three championship points to beat Jannik Sinner"
     " 4-6 6-7 6-4 7-6 7-6 in the French Open final on Sunday, the longest final in the tournament's history"
     " at five hours and 29 minutes.\n\nAlcaraz, 22, won his fifth grand slam title and his second in Paris."
     " Sinner, the world number one, had won the previous two grand slams.\n\nOn Saturday Coco Gauff won the"
     " women's title, beating Aryna Sabalenka in three sets."),
    ('modern-219', '2025-03-10',
     'Rohit Sharma; Mitchell Santner',
     '',
     '',
     "India won the Champions Trophy on Sunday, beating New Zealand by four wickets in the final in Dubai.\n\n"
     "Rohit Sharma, the captain, made 76 and was named player of the match. New Zealand's captain Mitchell"
     " Santner said his side had been beaten by the better team.\n\nIndia played all of their matches in"
     " Dubai after refusing to travel to Pakistan, the host of the tournament, for political reasons."),
    ('modern-220', '2025-06-02',
     'Rafal Trzaskowski|Trzaskowski',
     'Law and Justice|PiS; Civic Coalition',
     'karol-nawrocki donald-tusk andrzej-duda',
     "Karol Nawrocki, a conservative historian backed by the Law and Justice (PiS) party, narrowly won"
     " Poland's presidential election, beating Warsaw's mayor Rafal Trzaskowski with 50.9% of the vote.\n\n"
     "The result is a blow to Prime Minister Donald Tusk, whose Civic Coalition had backed Trzaskowski and"
     " whose plans have been blocked by the outgoing president's vetoes. Nawrocki will succeed Andrzej Duda"
     " in August.\n\nTrzaskowski conceded on Monday morning after the final count."),
    ('modern-221', '2025-05-19',
     'George Simion|Simion; Calin Georgescu',
     'Alliance for the Union of Romanians|AUR',
     'nicusor-dan ilie-bolojan',
     "Nicusor Dan, the centrist mayor of Bucharest, won Romania's presidential run-off on Sunday with 53.6%"
     " of the vote, defeating George Simion, the leader of the nationalist Alliance for the Union of"
     " Romanians (AUR).\n\nThe election was held again after the vote in November was annulled over claims of"
     " Russian interference in favour of Calin Georgescu, a far-right candidate. Simion had led the first"
     " round.\n\nDan will take over from Ilie Bolojan, who has been interim president since February."),
    ('modern-222', '2025-05-20',
     'Tedros Adhanom Ghebreyesus|Tedros',
     'World Health Organization|WHO; World Health Assembly',
     'donald-trump',
     "Members of the World Health Organization adopted an agreement on Tuesday to prepare for future"
     " pandemics, after three years of talks that began in the wake of Covid-19.\n\nThe World Health Assembly"
     " in Geneva approved the agreement without objection. Tedros Adhanom Ghebreyesus, the WHO's"
     " director-general, called it a victory for public health.\n\nThe United States, which is leaving the"
     " WHO on the orders of President Donald Trump, took no part in the final talks."),
    ('modern-223', '2025-05-22',
     'Jony Ive|Ive; Sam Altman',
     'OpenAI; io; Apple; LoveFrom',
     '',
     "OpenAI is buying io, the device start-up co-founded by the former Apple designer Jony Ive, in a deal"
     " worth about $6.5 billion, the companies said on Wednesday.\n\nIve and his design firm LoveFrom will"
     " take charge of design across OpenAI, including its software. Sam Altman, OpenAI's chief executive,"
     " said the two had been working together on new devices for two years.\n\nIve designed the iPhone and"
     " left Apple in 2019."),
    ('modern-224', '2025-07-22',
     'Pascal Soriot',
     'AstraZeneca',
     'donald-trump',
     "AstraZeneca will invest $50 billion in the United States by 2030, building new factories and"
     " expanding research, as drugmakers respond to President Donald Trump's threat of tariffs on"
     " medicines.\n\nPascal Soriot, the chief executive, said the company wanted to reach $80 billion in"
     " revenue by 2030, with half of it from the United States. The Anglo-Swedish company will build a plant"
     " in Virginia to make the ingredients of its weight-loss and cholesterol pills.\n\nTrump has said"
     " tariffs on imported medicines could reach 200%."),
    # Twenty-third draw (modern-225 to modern-234): written after the rules the twenty-second asked for,
    # and scored before any rule was written for them (people 0.958, organisations 0.789).
    ('modern-225', '2024-05-19',
     'Oleksandr Usyk|Usyk; Tyson Fury|Fury; Turki Alalshikh; Lennox Lewis',
     'General Entertainment Authority',
     '',
     "Oleksandr Usyk became the first undisputed heavyweight champion in a quarter of a century on Saturday,"
     " beating Tyson Fury on a split decision in Riyadh.\n\nTwo judges scored the fight for the Ukrainian,"
     " 115-112 and 114-113, and the third had Fury ahead 114-113. Usyk had Fury in trouble in the ninth"
     " round, when the referee gave the Briton a standing count.\n\nFury, who had been unbeaten, said he"
     " believed he had won and called for a rematch. Turki Alalshikh, the head of Saudi Arabia's General"
     " Entertainment Authority, said it would take place later in the year. Lennox Lewis was the last"
     " undisputed heavyweight champion, in 1999."),
    ('modern-226', '2025-06-09',
     'David Zaslav; Gunnar Wiedenfels',
     'Warner Bros Discovery; CNN; TNT; AT&T; WarnerMedia; Discovery',
     '',
     "Warner Bros Discovery said on Monday it would split into two listed companies, separating its film"
     " studios and the HBO Max streaming service from its cable television networks such as CNN and TNT.\n\n"
     "David Zaslav, the chief executive, will run the studios and streaming company, while Gunnar"
     " Wiedenfels, the chief financial officer, will lead the networks company. The split is expected to be"
     " completed by the middle of next year.\n\nThe group was formed in 2022 when AT&T spun off WarnerMedia"
     " and merged it with Discovery. Its shares rose in early trading in New York."),
    ('modern-227', '2024-07-15',
     'Jonathan Akeroyd|Akeroyd; Joshua Schulman; Gerry Murphy',
     'Burberry; Michael Kors; Coach; Versace',
     '',
     "Burberry replaced its chief executive Jonathan Akeroyd with Joshua Schulman, a former boss of Michael"
     " Kors and Coach, on Monday as it warned of a first-half loss and suspended its dividend.\n\nThe British"
     " luxury brand said sales at its stores fell 21% in its first quarter, with demand weak in China and the"
     " Americas. Gerry Murphy, the chairman, said the results were disappointing.\n\nAkeroyd had joined from"
     " Versace in 2022 with a plan to take the trench-coat maker further upmarket. Shares fell 16% in"
     " London."),
    ('modern-228', '2025-06-16',
     'Luca de Meo|de Meo|De Meo; Francois-Henri Pinault; Carlos Ghosn',
     'Kering; Renault; Gucci',
     '',
     "Kering named Luca de Meo, the head of the carmaker Renault, as its chief executive on Monday, handing"
     " him the task of reviving Gucci, whose sales have slumped.\n\nFrancois-Henri Pinault, whose family"
     " controls the French luxury group, will remain its chairman. De Meo took over at Renault in 2020, two"
     " years after the arrest of its former boss Carlos Ghosn, and returned it to profit.\n\nRenault said on"
     " Sunday that de Meo would leave next month. Shares of Kering rose 12% in Paris, while Renault's fell"
     " 9%."),
    ('modern-229', '2024-12-03',
     'Mary Lou McDonald',
     'Fianna Fail; Fine Gael; Sinn Fein; Social Democrats; Labour Party',
     'micheal-martin simon-harris',
     "Fianna Fail won the most seats in Ireland's general election, putting Micheal Martin on course to"
     " return as taoiseach at the head of another coalition with Fine Gael.\n\nSimon Harris, the taoiseach"
     " and Fine Gael's leader, said his party would talk to Fianna Fail about forming a government. Sinn"
     " Fein, led by Mary Lou McDonald, came second with 39 seats, but both of the larger centre-right parties"
     " have ruled out governing with it.\n\nThe Social Democrats and the Labour Party won 11 seats each and"
     " could be asked to join the coalition."),
    ('modern-230', '2024-07-15',
     'Tony Spring; Jeff Gennette',
     "Macy's; Arkhouse Management|Arkhouse; Brigade Capital Management|Brigade; Bloomingdale's; Bluemercury",
     '',
     "Macy's ended talks with Arkhouse Management and Brigade Capital Management on Monday, rejecting their"
     " $6.9 billion offer for the department store chain because the investors could not show they had the"
     " money.\n\nTony Spring, who succeeded Jeff Gennette as chief executive in February, has promised to"
     " close about 150 stores and to open more of its Bloomingdale's and Bluemercury shops.\n\nArkhouse and"
     " Brigade first approached Macy's in December. Shares fell 13% in New York."),
    ('modern-231', '2025-06-03',
     'Chris Weston; Steve Reed',
     'Thames Water|Thames; KKR; Ofwat',
     '',
     "Thames Water said on Tuesday that KKR had pulled out of talks to put money into Britain's biggest water"
     " company, raising the chance that it will be taken into special administration.\n\nChris Weston, the"
     " chief executive, said the company would now work with its senior creditors, who have offered new"
     " funding. Thames, which has about 16 million customers, owes about 20 billion pounds.\n\nOfwat, the"
     " regulator, fined the company 123 million pounds last month over sewage spills and dividend payments."
     " Steve Reed, the environment secretary, said the government was ready to step in."),
    ('modern-232', '2025-06-05',
     'Shuntaro Furukawa; Doug Bowser',
     'Nintendo; Nintendo of America; Sony; Microsoft',
     '',
     "Nintendo's Switch 2 went on sale on Thursday, with queues outside shops from Tokyo to New York for the"
     " first new console from the Japanese company in eight years.\n\nShuntaro Furukawa, Nintendo's"
     " president, had said that more than 2.2 million people applied in a lottery for the console in Japan."
     " Doug Bowser, the head of Nintendo of America, said the company was confident it had enough machines"
     " for the holiday season.\n\nThe console costs $449 and competes with machines from Sony and Microsoft."),
    ('modern-233', '2024-09-02',
     'Bjoern Hoecke; Mario Voigt',
     'Alternative for Germany|AfD; Christian Democrats|CDU; Sahra Wagenknecht Alliance|BSW',
     'olaf-scholz',
     "The far-right Alternative for Germany (AfD) won a state election for the first time on Sunday, taking"
     " about 33% of the vote in Thuringia.\n\nBjoern Hoecke, its leader in the state, said the party was ready"
     " to govern, but every other party has ruled out working with it. The Christian Democrats came second,"
     " and their candidate Mario Voigt said he would try to form a government. The Sahra Wagenknecht"
     " Alliance (BSW), founded this year, won about 16%.\n\nChancellor Olaf Scholz called the result bitter,"
     " as the three parties of his coalition all lost ground. In neighbouring Saxony the CDU narrowly beat"
     " the AfD."),
    ('modern-234', '2024-10-09',
     'Jakob Stausholm; Paul Graves',
     'Rio Tinto|Rio; Arcadium Lithium|Arcadium; Allkem; Livent; Alcan',
     '',
     "Rio Tinto agreed on Wednesday to buy Arcadium Lithium for $6.7 billion in cash, its biggest deal since"
     " it bought Alcan in 2007 and a bet on demand for the metal used in electric-car batteries.\n\nJakob"
     " Stausholm, Rio's chief executive, said the deal would make the miner a leading producer of lithium."
     " Arcadium, formed this year from the merger of Allkem and Livent, has mines in Argentina, Australia and"
     " Canada.\n\nPaul Graves, Arcadium's chief executive, said the offer gave shareholders a fair price."),
    # Twenty-fourth draw (modern-235 to modern-244): written after the rules the twenty-third asked for,
    # and scored before any rule was written for them (people 0.960, organisations 0.807); one omission
    # the output showed was then added (OpenAI; with it, organisations 0.828 as written).
    ('modern-235', '2024-10-11',
     'Harry Brook|Brook; Joe Root|Root; Alastair Cook; Shan Masood; Ollie Pope; Ben Stokes',
     '',
     '',
     "England beat Pakistan by an innings and 47 runs in Multan on Friday, the first time a side has lost a"
     " Test by an innings after making more than 500 in its first innings.\n\nHarry Brook scored 317 and Joe"
     " Root 262 in a partnership of 454, a record for England. Root also passed Alastair Cook to become"
     " England's leading run-scorer in Test cricket.\n\nShan Masood, Pakistan's captain, said his bowlers had"
     " struggled on a flat pitch. Ollie Pope led England while Ben Stokes recovered from a hamstring injury,"
     " and Brook said it was the best day of his career."),
    ('modern-236', '2024-10-30',
     'Roland Busch|Busch; James Scapa',
     'Siemens; Altair Engineering|Altair; Dassault Systemes; Autodesk',
     '',
     "Siemens agreed on Wednesday to buy Altair Engineering, a US maker of simulation software, for about"
     " $10 billion, its biggest purchase in years.\n\nRoland Busch, Siemens' chief executive, said the deal"
     " would make the German group a leader in industrial software, where it competes with Dassault"
     " Systemes and Autodesk. James Scapa, Altair's founder and chief executive, said the two companies fit"
     " well together.\n\nAltair, which was founded in Michigan in 1985, makes software that engineers use to"
     " test designs before they are built. Busch has sold several units to focus on technology."),
    ('modern-237', '2024-09-06',
     'Stephen Dacus',
     'Seven & i Holdings|Seven & i; 7-Eleven; Alimentation Couche-Tard|Couche-Tard; Circle K',
     '',
     "Seven & i Holdings, the Japanese owner of the 7-Eleven chain, rejected a $38.5 billion takeover offer"
     " from Alimentation Couche-Tard on Friday, saying it undervalued the company and could be blocked by US"
     " competition regulators.\n\nStephen Dacus, who chairs the special committee set up to review the"
     " approach, said in a letter that the board was open to a better offer. Couche-Tard, the Canadian"
     " group that runs the Circle K convenience stores, said it was disappointed and still wanted to talk."
     "\n\nA deal would be the largest foreign takeover of a Japanese company."),
    ('modern-238', '2025-05-27',
     'Marc Benioff; Amit Walia',
     'Salesforce; Informatica; Slack',
     '',
     "Salesforce agreed on Tuesday to buy Informatica for about $8 billion in cash, a year after talks"
     " between the two companies broke down over the price.\n\nMarc Benioff, Salesforce's chief executive,"
     " said Informatica's data tools would help businesses use AI agents. Amit Walia, Informatica's chief"
     " executive, said the companies shared a vision.\n\nIt is Salesforce's largest deal since it bought"
     " Slack in 2021. Informatica's shares rose 6% in New York."),
    ('modern-239', '2024-04-25',
     'Harvey Weinstein|Weinstein; James Burke; Alvin Bragg; Arthur Aidala',
     'New York Court of Appeals|Court of Appeals',
     '',
     "New York's highest court overturned Harvey Weinstein's 2020 rape conviction on Thursday, ruling that"
     " the trial judge had wrongly let women testify about allegations that were not part of the case.\n\n"
     "The New York Court of Appeals ordered a new trial by four votes to three. It said Judge James Burke's"
     " rulings had denied Weinstein a fair trial. The office of Alvin Bragg, the Manhattan district"
     " attorney, said it would try him again.\n\nArthur Aidala, Weinstein's lawyer, called it a victory."
     " Weinstein will stay in prison because of a separate conviction in Los Angeles in 2022."),
    ('modern-240', '2024-11-22',
     'Dario Amodei; Matt Garman',
     'Amazon; Anthropic; Amazon Web Services|AWS; Google; OpenAI',
     '',
     "Amazon will invest another $4 billion in Anthropic, the maker of the Claude chatbot, bringing its"
     " total to $8 billion, the companies said on Friday.\n\nAnthropic will train its main models on Amazon"
     " Web Services' Trainium chips. Dario Amodei, Anthropic's chief executive, said the two would work"
     " together on the chips. Matt Garman, the head of AWS, said customers were using Claude at a fast"
     " pace.\n\nGoogle has also invested in Anthropic, which was founded in 2021 by former OpenAI"
     " researchers."),
    ('modern-241', '2024-11-02',
     '',
     'Botswana Democratic Party|BDP; Umbrella for Democratic Change; Botswana Congress Party; De Beers',
     'mokgweetsi-masisi duma-boko ian-khama',
     "The Botswana Democratic Party lost power for the first time since independence in 1966, and President"
     " Mokgweetsi Masisi conceded defeat on Friday.\n\nDuma Boko, a human rights lawyer who leads the"
     " Umbrella for Democratic Change, will become president after his coalition won a majority in"
     " parliament. The Botswana Congress Party came second. The BDP won only four seats.\n\nThe economy has"
     " been hit by a slump in diamond sales, on which De Beers and the government depend. Ian Khama, a"
     " former president who fell out with Masisi, had campaigned against the BDP."),
    ('modern-242', '2025-03-21',
     'Thomas Woldbye; Ed Miliband',
     'Heathrow Airport|Heathrow; National Energy System Operator; National Grid; Metropolitan Police;'
     ' British Airways',
     '',
     "Heathrow Airport was closed for most of Friday after a fire at an electricity substation cut its"
     " power, disrupting more than 1,300 flights.\n\nThomas Woldbye, Heathrow's chief executive, said the"
     " airport had had no choice. Ed Miliband, the energy secretary, asked the National Energy System"
     " Operator to find out how the fire had happened. National Grid, which owns the substation in Hayes,"
     " said power had been restored.\n\nThe Metropolitan Police said there was no sign of foul play. British"
     " Airways, the airport's largest airline, cancelled hundreds of flights."),
    ('modern-243', '2024-09-05',
     'Sarah Cardell; Liam Gallagher|Liam; Noel Gallagher',
     'Competition and Markets Authority; Ticketmaster; Oasis; Live Nation',
     '',
     "Britain's competition watchdog opened an investigation on Thursday into Ticketmaster's sale of tickets"
     " for the Oasis reunion tour, after fans complained that prices rose while they waited in online"
     " queues.\n\nThe Competition and Markets Authority will look at whether the use of dynamic pricing broke"
     " consumer law. Sarah Cardell, its chief executive, said fans must be treated fairly.\n\nLiam and Noel"
     " Gallagher, who fell out in 2009, will play 17 shows in Britain and Ireland next summer. Ticketmaster"
     " is owned by Live Nation."),
    ('modern-244', '2024-08-30',
     'Sigmar Gabriel; Bernhard Osburg; Miguel Lopez; Daniel Kretinsky',
     'Thyssenkrupp; IG Metall',
     '',
     "Sigmar Gabriel, a former German vice-chancellor, resigned as chairman of the supervisory board of"
     " Thyssenkrupp's steel business on Thursday, along with its chief executive Bernhard Osburg, in a row"
     " with the parent company over the unit's funding.\n\nMiguel Lopez, Thyssenkrupp's chief executive,"
     " wants to make the steel business independent, and the Czech billionaire Daniel Kretinsky bought 20%"
     " of it this year. IG Metall, the union, said the resignations were a disaster for the workers."),
    # Twenty-fifth draw (modern-245 to modern-254): written after the rules the twenty-fourth asked for,
    # and scored before any rule was written for them (people 0.936, organisations 0.842); one omission the
    # output showed was then added (the EU; with it, organisations 0.862 as written).
    ('modern-245', '2024-07-03',
     'Margrethe Vestager|Vestager; Carsten Spohr; Giancarlo Giorgetti',
     'European Commission; European Union|EU; Lufthansa; ITA Airways|ITA',
     '',
     "The European Commission approved Lufthansa's purchase of a 41% stake in ITA Airways on Wednesday,"
     " after the German airline agreed to give up take-off and landing slots at Milan Linate airport and"
     " some routes to rivals.\n\nMargrethe Vestager, the EU's competition chief, said the conditions would"
     " keep fares low for passengers. Carsten Spohr, Lufthansa's chief executive, said ITA would become its"
     " fifth network airline.\n\nGiancarlo Giorgetti, Italy's economy minister, welcomed the decision. ITA"
     " was set up in 2021 to replace Alitalia."),
    ('modern-246', '2024-03-21',
     'Debbie Crosbie; David Duffy; Richard Branson',
     'Nationwide Building Society|Nationwide; Virgin Money; Virgin Group',
     '',
     "Nationwide Building Society agreed on Thursday to buy Virgin Money for 2.9 billion pounds, creating"
     " Britain's second-largest provider of mortgages and savings.\n\nDebbie Crosbie, Nationwide's chief"
     " executive, said the deal would give its members more choice. David Duffy, who runs Virgin Money,"
     " backed the offer.\n\nThe bank will keep the Virgin brand for now"
     " under a licence from Virgin Group, controlled by Richard Branson, which owns about 15% of Virgin"
     " Money's shares."),
    ('modern-247', '2024-12-08',
     'Lando Norris|Norris; Oscar Piastri; Zak Brown; Andrea Stella; Charles Leclerc; Max Verstappen',
     'McLaren; Ferrari; Red Bull',
     '',
     "McLaren won the Formula One constructors' championship for the first time since 1998 after Lando"
     " Norris won the Abu Dhabi Grand Prix on Sunday.\n\nOscar Piastri, his team-mate, finished tenth after"
     " being hit on the first lap. Ferrari, whose driver Charles Leclerc came third, finished 14 points"
     " behind. Zak Brown, McLaren's chief executive, praised Andrea Stella, the team principal, for turning"
     " the team round.\n\nMax Verstappen of Red Bull had already won his fourth drivers' title."),
    ('modern-248', '2024-10-25',
     'Venancio Mondlane|Mondlane; Elvino Dias',
     'Frelimo; Podemos; National Elections Commission',
     'daniel-chapo filipe-nyusi',
     "Mozambique's National Elections Commission declared Daniel Chapo of the ruling Frelimo party the"
     " winner of the presidential election with about 71% of the vote.\n\nVenancio Mondlane, who came second"
     " with the backing of the Podemos party, rejected the result and called for protests. Police fired tear"
     " gas at his supporters in Maputo. Elvino Dias, a lawyer for Mondlane, was shot dead in the capital last"
     " week.\n\nChapo will succeed Filipe Nyusi, who has served two terms, in January. Frelimo has ruled since"
     " independence in 1975."),
    ('modern-249', '2024-12-04',
     'Panduleni Itula',
     'Swapo; Independent Patriots for Change',
     'netumbo-nandi-ndaitwah nangolo-mbumba hage-geingob',
     "Netumbo Nandi-Ndaitwah of Swapo will become Namibia's first woman president after winning 57% of the"
     " vote, the electoral commission said on Tuesday.\n\nPanduleni Itula, whose Independent Patriots for"
     " Change came second, said the vote had been flawed and that his party would challenge it in court.\n\n"
     "Nandi-Ndaitwah, 72, will take over in March from Nangolo Mbumba, who became president after Hage"
     " Geingob died in February. Swapo has governed since independence in 1990."),
    ('modern-250', '2024-07-08',
     'Jacob Aarup-Andersen; Simon Litherland',
     'Britvic; Carlsberg; PepsiCo',
     '',
     "Britvic agreed on Monday to a takeover by Carlsberg worth 3.3 billion pounds, after the Danish brewer"
     " raised its offer twice.\n\nJacob Aarup-Andersen, Carlsberg's chief executive, said the deal would make"
     " the group a stronger business in soft drinks. Britvic's board, whose chief executive is Simon"
     " Litherland, recommended the offer.\n\nBritvic makes Robinsons squash and bottles Pepsi in Britain under a licence"
     " from PepsiCo. Its shares rose 1% in London."),
    ('modern-251', '2024-10-21',
     'Paul Hudson; Antoine Armand',
     'Sanofi; Opella; Clayton Dubilier & Rice|CD&R; Bpifrance',
     '',
     "Sanofi said on Monday it was in exclusive talks to sell half of Opella, its consumer health business"
     " and the maker of Doliprane, to the US investment firm Clayton Dubilier & Rice, valuing it at about"
     " 16 billion euros.\n\nThe French government, worried about the supply of medicines, said Bpifrance, the state"
     " investment bank, would take a stake of about 2%. Antoine Armand, the economy minister, said the state"
     " would have a seat on the board.\n\nPaul Hudson, Sanofi's chief executive, wants the group to focus on"
     " new drugs. CD&R has promised to keep Opella's headquarters in France."),
    ('modern-252', '2024-07-22',
     "Michael O'Leary|O'Leary; Neil Sorahan",
     'Ryanair; Boeing',
     '',
     "Ryanair's profit fell by almost half in the three months to June as fares dropped 15%, and the airline"
     " warned that summer prices would be lower than it had hoped.\n\nMichael O'Leary, the chief executive,"
     " said passengers were more careful with their money. He also blamed Boeing for delays in delivering"
     " new aircraft. Neil Sorahan, the finance chief, said fares would stay lower through the summer.\n\nShares in Ryanair fell 17% in Dublin, their biggest fall in years. O'Leary has run the"
     " airline since 1994."),
    ('modern-253', '2024-10-10',
     'Han Kang|Han; Mats Malm',
     'Swedish Academy',
     '',
     "The South Korean writer Han Kang won the Nobel Prize in Literature on Thursday for what the Swedish"
     " Academy called her intense poetic prose.\n\nHan, 53, is best known for her novel The Vegetarian, which"
     " won the International Booker Prize in 2016. Mats Malm, the permanent secretary of the academy, said he"
     " had called her at home in Seoul, where she had just finished dinner with her son.\n\nShe is the first"
     " South Korean to win the literature prize."),
    ('modern-254', '2024-04-29',
     'Christian Sewing',
     'Deutsche Bank; Postbank; BaFin',
     '',
     "Deutsche Bank said on Sunday it would set aside 1.3 billion euros for a lawsuit brought by former"
     " shareholders of Postbank, who say they were paid too little when the bank took it over in 2010.\n\n"
     "Christian Sewing, the chief executive, has promised investors higher returns this year. A court in"
     " Cologne signalled last week that it might side with the shareholders.\n\nBaFin, the German financial"
     " regulator, ordered the bank last year to fix problems at Postbank's customer service."),
    # Twenty-sixth draw (modern-255 to modern-264): written after the rules the twenty-fifth asked for,
    # and scored before any rule was written for them (people 0.950, organisations 0.873); two omissions
    # the output showed were then added (the Premier League, Shein; with them, organisations 0.912 as written).
    ('modern-255', '2023-11-14',
     'Gary Nagle|Nagle; Jonathan Price',
     'Glencore; Teck Resources|Teck; Elk Valley Resources; Nippon Steel; Posco',
     '',
     "Glencore agreed on Tuesday to buy 77% of Teck Resources' steelmaking coal business, Elk Valley"
     " Resources, for $6.9 billion, ending a months-long battle for the Canadian miner.\n\nNippon Steel and"
     " Posco, which already own stakes in the business, will buy the rest. Gary Nagle, Glencore's chief"
     " executive, said the group planned to spin off its coal operations within two years.\n\nJonathan"
     " Price, Teck's chief executive, said the sale would let the company focus on copper and zinc. The deal"
     " needs the approval of the Canadian government."),
    ('modern-256', '2024-05-29',
     'Mike Henry; Stuart Chambers; Duncan Wanblad',
     'BHP; Anglo American|Anglo; De Beers; Anglo American Platinum',
     '',
     "BHP walked away from its pursuit of Anglo American on Wednesday after its rival rejected a third"
     " proposal worth about 39 billion pounds.\n\nMike Henry, BHP's chief executive, said the world's largest"
     " miner still believed the deal made sense. Stuart Chambers, Anglo's chairman, said BHP's plan was too"
     " complex and too risky.\n\nDuncan Wanblad, Anglo's chief executive, has promised to sell De Beers and"
     " to spin off its stake in Anglo American Platinum to focus on copper. Under British takeover rules, BHP"
     " cannot make another bid for six months."),
    ('modern-257', '2024-05-22',
     'Mauricio Pochettino|Pochettino; Todd Boehly; Behdad Eghbali',
     'Chelsea; Premier League; Paris St Germain; Tottenham Hotspur',
     '',
     "Chelsea and Mauricio Pochettino agreed to part ways on Tuesday, a year after the Argentine took charge"
     " at Stamford Bridge.\n\nChelsea finished sixth in the Premier League and qualified for Europe after a"
     " strong run at the end of the season. Todd Boehly and Behdad Eghbali, the club's co-owners, thanked"
     " Pochettino for his work.\n\nPochettino, who has also managed Paris St Germain and Tottenham Hotspur,"
     " said he was proud of his young squad. Chelsea have had four permanent managers since the owners"
     " bought the club in 2022."),
    ('modern-258', '2024-06-02',
     '',
     '',
     'halla-tomasdottir katrin-jakobsdottir gudni-th-johannesson',
     "Halla Tomasdottir, a businesswoman, won Iceland's presidential election on Saturday with about 34% of"
     " the vote, defeating a former prime minister, Katrin Jakobsdottir.\n\nJakobsdottir, who stepped down as"
     " prime minister in April to run, conceded on Sunday morning. Tomasdottir will become the country's"
     " second woman president when she takes over from Gudni Johannesson on August 1.\n\nThe president's role"
     " in Iceland is largely ceremonial."),
    ('modern-259', '2024-01-31',
     'Helena Helmersson|Helmersson; Daniel Erver|Erver; Karl-Johan Persson',
     'H&M; Shein',
     '',
     "H&M named Daniel Erver as its chief executive on Tuesday after Helena Helmersson stepped down"
     " unexpectedly, just as the Swedish fashion retailer reported weaker sales than expected.\n\nErver, who"
     " has worked at H&M for 20 years and ran its main brand, takes over immediately. Karl-Johan Persson, the"
     " chairman and a member of the founding family, said Helmersson had asked to leave.\n\nThe group has"
     " struggled to win back shoppers from cheaper rivals such as Shein."),
    ('modern-260', '2023-08-03',
     'Michel Doukeris|Doukeris; Brendan Whitworth',
     'AB InBev; Anheuser-Busch; Constellation Brands',
     '',
     "AB InBev said on Thursday that its revenue in the United States fell by more than 10% in the second"
     " quarter, as a backlash against a promotion of Bud Light by a transgender influencer hit sales.\n\n"
     "Michel Doukeris, the chief executive, said the company was supporting its distributors and"
     " wholesalers. Brendan Whitworth, who runs Anheuser-Busch, its US business, has said the company did not"
     " mean to divide people.\n\nModelo, a Mexican beer sold in the US by Constellation Brands, has overtaken"
     " Bud Light as the country's best-selling beer."),
    ('modern-261', '2023-12-18',
     'Shantanu Narayen; Dylan Field',
     'Adobe; Figma; Competition and Markets Authority; European Commission',
     '',
     "Adobe and Figma called off their $20 billion merger on Monday, saying there was no clear path to"
     " approval from regulators in Europe and Britain.\n\nAdobe will pay Figma a $1 billion termination fee."
     " Shantanu Narayen, Adobe's chief executive, said the companies disagreed with the regulators'"
     " findings. Dylan Field, Figma's co-founder and chief executive, said the design software company"
     " would go on alone.\n\nBritain's Competition and Markets Authority and the European Commission had both"
     " said the deal could hurt competition."),
    ('modern-262', '2024-02-01',
     'Allison Kirkby|Kirkby; Philip Jansen; Adam Crozier',
     'BT; Telia; Openreach',
     '',
     "BT named Allison Kirkby, the head of the Swedish telecoms group Telia, as its next chief executive on"
     " Thursday, replacing Philip Jansen.\n\nKirkby, who sits on BT's board, will be the first woman to run"
     " the company when she starts this year. Adam Crozier, the chairman, said she had a strong record of"
     " turning businesses round.\n\nShe will take over as BT builds fibre broadband across Britain through"
     " Openreach, its network business, and cuts up to 55,000 jobs."),
    ('modern-263', '2024-04-18',
     '',
     'Croatian Democratic Union|HDZ; Social Democratic Party|SDP; Homeland Movement; Constitutional Court',
     'andrej-plenkovic zoran-milanovic',
     "The governing Croatian Democratic Union (HDZ) of Prime Minister Andrej Plenkovic won the most seats in"
     " Croatia's parliamentary election but fell short of a majority.\n\nThe Social Democratic Party (SDP)"
     " came second in an alliance led by President Zoran Milanovic, who ran although the Constitutional"
     " Court said he could not become prime minister unless he first resigned. The nationalist Homeland"
     " Movement came third and could decide who governs.\n\nPlenkovic has led the country since 2016."),
    ('modern-264', '2023-12-12',
     'James Donato; Tim Sweeney',
     'Google; Epic Games|Epic',
     '',
     "A jury in San Francisco found on Monday that Google's Play Store for Android phones was an illegal"
     " monopoly, a win for Epic Games, the maker of Fortnite.\n\nEpic had accused Google of stifling"
     " competition through the fees it charges app developers. Judge James Donato will decide what Google"
     " must change. Tim Sweeney, Epic's chief executive, said the verdict was a victory for developers and"
     " consumers.\n\nGoogle said it would appeal."),
    # Twenty-seventh draw (modern-265 to modern-274): written after the rules the twenty-sixth asked for,
    # and scored before any rule was written for them (people 0.950, organisations 0.760); one omission the
    # output showed was then added (the Indian Premier League; with it, organisations 0.784 as written).
    ('modern-265', '2024-07-01',
     'Pietro Labriola|Labriola',
     'Telecom Italia|TIM; KKR; FiberCop; Vivendi',
     '',
     "Telecom Italia completed the sale of its fixed-line network to the US investment firm KKR on Monday"
     " in a deal worth up to 22 billion euros, the largest in the group's history.\n\nThe network, run by a"
     " new company called FiberCop, takes with it about 20,000 of TIM's workers and much of its debt."
     " Pietro Labriola, the chief executive, said the sale gave the company a future.\n\nVivendi, Telecom"
     " Italia's largest shareholder, had tried to block the deal in court. Italy's government will hold a"
     " stake in the network."),
    ('modern-266', '2024-09-24',
     'Andrea Orcel|Orcel; Bettina Orlopp; Manfred Knof',
     'UniCredit; Commerzbank',
     'olaf-scholz',
     "Commerzbank named Bettina Orlopp as its chief executive on Tuesday as it fights off an approach from"
     " UniCredit, which has built a stake of about 21% in the German lender.\n\nOrlopp, the chief financial"
     " officer, replaces Manfred Knof. Chancellor Olaf Scholz called UniCredit's move an unfriendly attack,"
     " and the government said it would sell no more of its own shares.\n\nAndrea Orcel, UniCredit's chief"
     " executive, said a merger would create a stronger bank for Germany. Orcel has not yet made an offer."),
    ('modern-267', '2025-01-22',
     'Masayoshi Son; Larry Ellison; Sam Altman|Altman',
     'OpenAI; SoftBank; Oracle; MGX; Stargate',
     'donald-trump',
     "OpenAI, SoftBank and Oracle will invest up to $500 billion in data centres for artificial"
     " intelligence in the United States, President Donald Trump said at the White House on Tuesday.\n\n"
     "The venture, called Stargate, will be chaired by Masayoshi Son, the founder of SoftBank. Larry Ellison,"
     " Oracle's chairman, said the first data centres were being built in Texas. Sam Altman, OpenAI's chief"
     " executive, called it the most important project of the era.\n\nMGX, an investment firm backed by Abu"
     " Dhabi, will also put in money. Altman did not say how the project would be paid for."),
    ('modern-268', '2024-10-28',
     'Vilija Blinkeviciute; Remigijus Zemaitaitis',
     'Social Democrats; Homeland Union; Dawn of Nemunas',
     'ingrida-simonyte gintautas-paluckas gitanas-nauseda',
     "Lithuania's opposition Social Democrats won the second round of the parliamentary election on Sunday"
     " and will lead the next government, ousting the conservative Homeland Union of Prime Minister Ingrida"
     " Simonyte.\n\nVilija Blinkeviciute, the party's leader, said it would talk to other parties about a"
     " coalition. Gintautas Paluckas is expected to become prime minister. The populist Dawn of Nemunas,"
     " founded by Remigijus Zemaitaitis, came third.\n\nPresident Gitanas Nauseda will appoint the new prime"
     " minister."),
    ('modern-269', '2024-05-27',
     'Shreyas Iyer; Pat Cummins|Cummins; Mitchell Starc|Starc',
     'Kolkata Knight Riders; Sunrisers Hyderabad; Indian Premier League|IPL',
     '',
     "Kolkata Knight Riders won the Indian Premier League for the third time on Sunday, beating Sunrisers"
     " Hyderabad by eight wickets in a one-sided final in Chennai.\n\nMitchell Starc took two wickets in his"
     " first over as Hyderabad were bowled out for 113, the lowest total in an IPL final. Shreyas Iyer, the"
     " Kolkata captain, lifted the trophy after his side reached the target in 11 overs.\n\nPat Cummins,"
     " Hyderabad's captain, said his team had been outplayed. Starc was bought for a record price at the"
     " auction in December."),
    ('modern-270', '2024-10-31',
     'Charles Liang',
     'Super Micro Computer|Super Micro; Ernst & Young|EY; Hindenburg Research; Nasdaq',
     '',
     "Shares of Super Micro Computer fell by a third on Wednesday after Ernst & Young resigned as its auditor,"
     " saying it could no longer rely on the statements of the company's management.\n\nEY had raised concerns"
     " about governance and internal controls at the maker of servers for AI data centres. Charles Liang,"
     " the founder and chief executive, said the company disagreed with the decision.\n\nSuper Micro has"
     " been under pressure since Hindenburg Research accused it of accounting problems in August. It risks"
     " being removed from the Nasdaq if it does not file its annual report."),
    ('modern-271', '2024-04-26',
     'Patrick Pouyanne',
     'TotalEnergies; New York Stock Exchange; Shell',
     '',
     "TotalEnergies is considering adding a listing of its shares in New York because American investors"
     " are more willing to back oil and gas, its chief executive said on Friday.\n\nPatrick Pouyanne said"
     " the French company's shareholders were increasingly based in the United States, and that a listing"
     " on the New York Stock Exchange would make its shares easier to buy. The company would keep its main"
     " listing in Paris.\n\nShell, its British rival, has also said it could move its listing to New York."),
    ('modern-272', '2024-04-30',
     'Changpeng Zhao|Zhao; Richard Jones',
     'Binance; Justice Department',
     '',
     "Changpeng Zhao, the founder of Binance, was sentenced to four months in prison on Tuesday for failing"
     " to stop money laundering at the world's largest cryptocurrency exchange.\n\nJudge Richard Jones in"
     " Seattle said Zhao had put the growth of Binance ahead of the law. The Justice Department had asked"
     " for three years.\n\nZhao, who stepped down as chief executive in November when Binance agreed to pay"
     " $4.3 billion in penalties, apologised in court."),
    ('modern-273', '2025-02-03',
     "Beyonce; Kendrick Lamar|Lamar; Doechii",
     'Recording Academy',
     '',
     "Beyonce won album of the year at the Grammy awards on Sunday for Cowboy Carter, her first win in the"
     " category after four previous nominations.\n\nKendrick Lamar won five awards, including song and record"
     " of the year, for Not Like Us. Doechii won best rap album.\n\nThe Recording Academy held the ceremony"
     " in Los Angeles as planned despite the wildfires, and raised money for those who lost their homes."),
    ('modern-274', '2024-02-01',
     'Wael Sawan',
     'Shell; BP',
     '',
     "Shell said on Thursday it would buy back $3.5 billion of its shares in the next three months and raise"
     " its dividend by 4%, after making profits of $28 billion last year.\n\nWael Sawan, the chief"
     " executive, said the company would keep cutting costs. Profits were lower than in 2022, when energy"
     " prices soared after Russia invaded Ukraine.\n\nShell's shares rose 2% in London. BP will report its"
     " results next week."),
    # Twenty-eighth draw (modern-275 to modern-284): written after the rules the twenty-seventh asked for,
    # and scored before any rule was written for them (people 0.974, organisations 0.921); one omission the
    # output showed was then added (OpenAI; with it, organisations 0.938 as written).
    ('modern-275', '2024-06-11',
     'Arthur Mensch',
     'Mistral AI|Mistral; General Catalyst; Nvidia; Samsung; Google DeepMind; Meta; OpenAI',
     '',
     "Mistral AI, the French maker of large language models, raised 600 million euros in a round led by"
     " General Catalyst that values the company at about 5.8 billion euros.\n\nNvidia and Samsung were among"
     " the investors. Arthur Mensch, the chief executive, said the money would pay for computing power and"
     " for expansion in the United States.\n\nMistral was founded last year by former researchers at Google"
     " DeepMind and Meta, and it has become Europe's best-funded rival to OpenAI."),
    ('modern-276', '2025-09-10',
     'Sebastian Siemiatkowski|Siemiatkowski',
     'Klarna; New York Stock Exchange; Sequoia Capital',
     '',
     "Shares of Klarna rose 15% in their debut on the New York Stock Exchange on Wednesday, valuing the"
     " Swedish buy-now-pay-later lender at about $17 billion.\n\nSebastian Siemiatkowski, who co-founded"
     " the company in 2005, rang the opening bell. Sequoia Capital, an early investor, holds one of the"
     " largest stakes.\n\nKlarna had postponed the listing in April after tariffs shook markets."
     " Siemiatkowski said the company would use AI to keep its costs down."),
    ('modern-277', '2024-11-25',
     'Alvaro Delgado',
     'Broad Front; National Party',
     'yamandu-orsi luis-lacalle-pou jose-mujica',
     "Yamandu Orsi of the left-wing Broad Front won Uruguay's presidential run-off on Sunday, beating Alvaro"
     " Delgado of the governing National Party.\n\nOrsi, a former history teacher, is a protege of Jose"
     " Mujica, who was president from 2010 to 2015. Delgado conceded and congratulated him.\n\nOrsi will"
     " take over from Luis Lacalle Pou on March 1. The Broad Front governed Uruguay for 15 years until"
     " 2020."),
    ('modern-278', '2023-09-11',
     'Luis Rubiales|Rubiales; Jenni Hermoso|Hermoso; Jorge Vilda; Pedro Rocha',
     'Royal Spanish Football Federation; Fifa; Uefa',
     '',
     "Luis Rubiales resigned as president of the Royal Spanish Football Federation on Sunday, three weeks"
     " after he kissed the player Jenni Hermoso on the lips after Spain won the Women's World Cup.\n\n"
     "Fifa had suspended Rubiales, and he also gave up his post as a vice-president of Uefa. Hermoso said the"
     " kiss was not consensual.\n\nThe federation sacked the coach, Jorge Vilda, last week. Pedro Rocha is"
     " running the federation until an election."),
    ('modern-279', '2024-11-22',
     'Peter Carlsson',
     'Northvolt; Volkswagen; Goldman Sachs',
     '',
     "Northvolt, the Swedish battery maker once seen as Europe's answer to Chinese rivals, filed for"
     " bankruptcy protection in the United States on Thursday.\n\nPeter Carlsson, who co-founded the company"
     " in 2016, stepped down as chief executive. Northvolt said it had only enough cash for one week of"
     " operations.\n\nVolkswagen, its largest shareholder, and Goldman Sachs, the second largest, face losses"
     " on their stakes. The company has struggled to make batteries at its plant in northern Sweden."),
    ('modern-280', '2024-06-25',
     'Guillaume Faury',
     'Airbus; CFM International; Pratt & Whitney; Boeing',
     '',
     "Airbus cut its target for aircraft deliveries this year to about 770 from 800, blaming shortages of"
     " engines and cabin parts, and its shares fell 10% in Paris on Tuesday.\n\nGuillaume Faury, the chief"
     " executive, said the supply problems would last longer than expected. Engine makers CFM International"
     " and Pratt & Whitney have struggled to keep up with demand.\n\nAirbus has a backlog of more than 8,000"
     " jets, and Boeing, its rival, has been slowed by problems of its own."),
    ('modern-281', '2024-09-30',
     'T V Narendran|Narendran; Jonathan Reynolds',
     'Tata Steel; Community',
     '',
     "Tata Steel shut the last blast furnace at its Port Talbot works in Wales on Monday, ending more than a"
     " century of steelmaking with iron ore at the site.\n\nAbout 2,800 jobs will go as the company builds an"
     " electric arc furnace, with 500 million pounds from the government. T V Narendran, Tata Steel's chief"
     " executive, called it the start of a new chapter. Jonathan Reynolds, the business secretary, said it"
     " was a difficult day.\n\nCommunity, the steelworkers' union, said the government should have done"
     " more."),
    ('modern-282', '2024-12-17',
     'Daniel Kretinsky',
     'EP Group; International Distribution Services|IDS; Royal Mail; Communication Workers Union; GLS',
     '',
     "The government approved on Monday the takeover of International Distribution Services, the owner of"
     " Royal Mail, by Daniel Kretinsky's EP Group for 3.6 billion pounds.\n\nThe Czech billionaire made"
     " promises on jobs, the headquarters and the delivery of letters six days a week. The Communication"
     " Workers Union, which had opposed the deal, backed it after talks.\n\nIDS also owns GLS, a parcels"
     " company that operates across Europe."),
    ('modern-283', '2024-04-29',
     'Humza Yousaf|Yousaf; Patrick Harvie; Douglas Ross; John Swinney',
     'Scottish National Party|SNP; Scottish Greens|Greens; Scottish Conservatives',
     '',
     "Humza Yousaf resigned as Scotland's first minister on Monday, days after he ended his Scottish"
     " National Party's power-sharing deal with the Scottish Greens.\n\nPatrick Harvie, a co-leader of the"
     " Greens, had said his party would vote against Yousaf in a confidence vote called by Douglas Ross,"
     " the leader of the Scottish Conservatives. Yousaf said he had underestimated the hurt he caused his"
     " former partners.\n\nJohn Swinney, a former deputy first minister, is expected to stand to succeed"
     " him as SNP leader."),
    ('modern-284', '2024-08-06',
     'Armand Duplantis|Duplantis; Sam Kendricks; Emmanouil Karalis; Sebastian Coe',
     'World Athletics',
     '',
     "Armand Duplantis broke the pole vault world record for the ninth time on Monday night, clearing 6.25"
     " metres to win his second Olympic title in Paris.\n\nThe Swede had already won gold when he asked for"
     " the bar to be raised. Sam Kendricks of the United States took silver and Emmanouil Karalis of Greece"
     " bronze.\n\nSebastian Coe, the president of World Athletics, called it one of the great moments of"
     " the Games. Duplantis was born in Louisiana to a Swedish mother."),
    # Twenty-ninth draw (modern-285 to modern-294): written after the rules the twenty-eighth asked for,
    # and scored before any rule was written for them (people 0.851, organisations 0.750).
    ('modern-285', '2025-03-27',
     'Yves Guillemot|Guillemot',
     'Ubisoft; Tencent',
     '',
     "Tencent will invest 1.16 billion euros in a new subsidiary of Ubisoft that will own the French video"
     " game maker's biggest series, including Assassin's Creed and Far Cry, the companies said on Thursday."
     "\n\nThe Chinese group will hold 25% of the new company. Yves Guillemot, Ubisoft's co-founder and chief"
     " executive, said the deal would give it the means to invest in its games. The Guillemot family keeps"
     " control of Ubisoft.\n\nUbisoft's shares have lost most of their value since 2021 after a run of weak"
     " releases."),
    ('modern-286', '2025-02-04',
     '',
     'New Flemish Alliance|N-VA; Reformist Movement; Vooruit; CD&V; Les Engages',
     'bart-de-wever alexander-de-croo',
     "Bart De Wever was sworn in as Belgium's prime minister on Monday, almost eight months after an"
     " election, becoming the first Flemish nationalist to lead the country.\n\nHis New Flemish Alliance"
     " (N-VA) governs with the Reformist Movement, Vooruit, CD&V and Les Engages. The coalition has promised"
     " to cut spending and tighten rules on migration.\n\nDe Wever, the long-time mayor of Antwerp, takes"
     " over from Alexander De Croo, who had led a caretaker government since the vote in June."),
    ('modern-287', '2024-09-08',
     'Aryna Sabalenka|Sabalenka; Jessica Pegula|Pegula; Jannik Sinner; Taylor Fritz',
     '',
     '',
     "Aryna Sabalenka won the US Open for the first time on Saturday, beating Jessica Pegula 7-5 7-5 in the"
     " final in New York.\n\nSabalenka, who lost the final a year ago, now has three grand slam titles after"
     " two at the Australian Open. Pegula, playing in her first grand slam final, said she was proud of her"
     " run.\n\nIn the men's final on Sunday, Jannik Sinner will play Taylor Fritz, the first American man in"
     " the final since 2006."),
    ('modern-288', '2025-08-25',
     'Tim Cofer',
     "Keurig Dr Pepper; JDE Peet's; JAB Holding|JAB",
     '',
     "Keurig Dr Pepper agreed on Monday to buy JDE Peet's, the Dutch owner of Jacobs and Douwe Egberts"
     " coffee, for about $18 billion, and then to split itself into two companies.\n\nOne will sell soft"
     " drinks such as Dr Pepper and the other coffee around the world. Tim Cofer, the chief executive, will"
     " run the drinks business.\n\nJAB Holding, the investment firm of Germany's Reimann family, is a large"
     " shareholder in both companies. Keurig Dr Pepper's shares fell 11% in New York."),
    ('modern-289', '2024-12-05',
     'Jared Isaacman|Isaacman; Elon Musk|Musk; Bill Nelson',
     'Nasa; Shift4 Payments|Shift4; SpaceX',
     'donald-trump',
     "President-elect Donald Trump said on Wednesday he would nominate Jared Isaacman, a billionaire who"
     " has flown to orbit twice with SpaceX, to run Nasa.\n\nIsaacman, 41, founded the payments company"
     " Shift4 Payments as a teenager. He led the first spacewalk by private astronauts in September. Elon"
     " Musk, the founder of SpaceX and an adviser to Trump, congratulated him.\n\nIsaacman would replace Bill"
     " Nelson, a former senator who has run the agency since 2021."),
    ('modern-290', '2024-11-01',
     'Stephane de La Faverie|de La Faverie; Fabrizio Freda; William Lauder',
     'Estee Lauder',
     '',
     "Estee Lauder named Stephane de La Faverie as its chief executive on Friday and withdrew its sales"
     " forecast for the year as demand for luxury beauty products in China slumps.\n\nDe La Faverie, who"
     " runs the company's biggest brands, will take over from Fabrizio Freda in January. William Lauder,"
     " the executive chairman and a grandson of the founder, said the board had chosen a leader for a new"
     " era.\n\nShares in the maker of Clinique fell 21% in New York."),
    ('modern-291', '2025-03-04',
     'Andreas Babler|Babler; Beate Meinl-Reisinger',
     "Austrian People's Party|People's Party; Social Democrats; Neos; Freedom Party",
     'christian-stocker karl-nehammer',
     "Christian Stocker of the conservative Austrian People's Party was sworn in as chancellor on Monday,"
     " leading a coalition with the Social Democrats and the liberal Neos, five months after an election"
     " won by the far-right Freedom Party.\n\nAndreas Babler, the Social Democrat leader, becomes vice-"
     "chancellor and Beate Meinl-Reisinger of the Neos foreign minister. Talks between the People's Party"
     " and the Freedom Party collapsed in February.\n\nStocker replaces Karl Nehammer, who resigned in"
     " January."),
    ('modern-292', '2024-02-20',
     'Doug McMillon; William Wang',
     'Walmart; Vizio; Roku',
     '',
     "Walmart agreed on Tuesday to buy Vizio, a maker of smart televisions, for $2.3 billion, as the"
     " retailer builds up its advertising business.\n\nVizio's software shows viewers adverts and collects"
     " data about what they watch. Doug McMillon, Walmart's chief executive, said the deal would help"
     " brands reach customers. William Wang, who founded Vizio in 2002, will stay on.\n\nVizio competes"
     " with Roku in selling streaming devices and software for televisions."),
    ('modern-293', '2024-06-27',
     'Neil Gorsuch|Gorsuch; Brett Kavanaugh',
     'Supreme Court; Purdue Pharma|Purdue',
     '',
     "The Supreme Court on Thursday rejected a bankruptcy plan for Purdue Pharma, the maker of OxyContin,"
     " that would have shielded members of the Sackler family from lawsuits over the opioid crisis.\n\n"
     "Justice Neil Gorsuch wrote for the majority of five that bankruptcy law did not allow such protection"
     " for people who had not themselves declared bankruptcy. Justice Brett Kavanaugh, in dissent, said"
     " victims would now wait longer for compensation.\n\nThe Sacklers had agreed to pay up to $6 billion"
     " under the plan. Purdue said it would go back to negotiations."),
    ('modern-294', '2025-01-09',
     'Kenton Jarvis; Johan Lundgren',
     'EasyJet; Ryanair; Wizz Air',
     '',
     "EasyJet carried more passengers than ever in the last three months of 2024, and its new chief"
     " executive said demand for summer holidays was strong.\n\nKenton Jarvis, who took over from Johan"
     " Lundgren this month, said customers were booking earlier. The airline also runs a growing package"
     " holiday business.\n\nRivals Ryanair and Wizz Air have warned that delays in deliveries of new"
     " aircraft will limit their growth this year."),
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
