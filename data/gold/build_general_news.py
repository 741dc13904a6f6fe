#!/usr/bin/env python3
"""Writes general-news.jsonl: the project's development set of general news (politics, sport,
entertainment, technology) for evaluate-linking, labelled for people, organisations and leaders.

Labels only: the texts are not ours to redistribute, so each record names its text by corpus and place.
Corpus: `bbc` = the BBC News 2004-05 set (Greene & Cunningham, ICML 2006), unpacked so that
DIR/politics/001.txt exists.
Run: jobs/news-stats evaluate-linking --gold data/gold/general-news.jsonl --texts bbc=DIR

The sample: 5 articles from each of the politics, sport, entertainment and tech folders that are in
none of real-dev.jsonl, business-wire.jsonl and linking.jsonl, drawn at random (Python
random.seed(37) over the sorted remaining files, category by category). Labelled by the team, reading
each article, before the rules it was first used to check were written. A second draw of 5 per folder
(random.seed(41) over the files in no gold set then, 2026-12-07) was labelled the same way, before
the job's output on it was looked at.

Labelling rules (as business-wire.jsonl's):
- people: every real person named, as the article names them most fully, then the other names the
  article uses for them ("Clive Woodward|Woodward"), a misspelling included ("Daveport"). Titles are not
  part of names. Leaders (anyone in the knowledge base as a head of state or government, of any time)
  go under leaders instead. A player named only by surname in a line-up is a person under that
  surname. Fictional characters and names inside titles, awards or brands ("Colin McRae Rally",
  "Churchill: The Hollywood Years", "Parkinson's disease") are not people.
- organizations: every company, broadcaster, agency, government body, court, university, party, club,
  team and international body named by a proper name, as the article names it most fully, then the
  other names it uses ("British Phonographic Industry|BPI"; "Conservatives|Tories|Tory"). Events and
  tournaments (Wimbledon, Dubai Open, Six Nations), venues (Ethel Barrymore Theatre), awards, charts,
  laws, products and services (iTunes, Windows XP, RealPlayer) and titles of works are not
  organisations; national sides named by their country are the country. Bands are organisations
  (as in CoNLL and OntoNotes: "U2", "Franz Ferdinand"); a performer known by one name is a person.
- leaders: knowledge-base ids of the leaders named by name or title with name ("President Carter").
BBC files carry no date: their `published` is 2005-01-15, the middle of the set's span.
"""
import os

from name_labels import write

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, published, ref, people, organizations, leaders): names separated by "; ", a name's other forms by "|"


def bbc(path):
    return {"corpus": "bbc", "path": path}


ARTICLES = [
    ('bbc-politics-371', '2005-01-15', bbc('politics/371.txt'),
     'Michael Howard|Howard; Robert Light; Sayeeda Warsi; Simon Hughes',
     'Conservatives|Conservative|Tories|Tory; Labour; Liberal Democrats|Lib Dems|Lib Dem',
     'tony-blair'),
    ('bbc-politics-333', '2005-01-15', bbc('politics/333.txt'),
     'Robert Kilroy-Silk|Kilroy-Silk|Kilroy; Elizabeth Blackman|Blackman; Geoff Hoon; Roger Knapman; Fraser Kemp;'
     ' Damien Hockney; Petrina Holdsworth',
     'UK Independence Party|UKIP; Veritas; Labour; Tories; London Assembly',
     ''),
    ('bbc-politics-052', '2005-01-15', bbc('politics/052.txt'),
     'Amitai Etzioni|Etzioni; Abdul Qadeer Khan; Osama Bin Laden',
     'Foreign Policy Centre; United Nations; Labour|New Labour',
     'jimmy-carter'),
    ('bbc-politics-338', '2005-01-15', bbc('politics/338.txt'),
     'Vincent Cable|Cable; Charles Kennedy|Kennedy; Michael Howard',
     'Liberal Democrats|Lib Dems|Lib Dem; Labour; Conservatives|Conservative|Tories; BBC|BBC News; Office of Fair Trading',
     'tony-blair'),
    ('bbc-politics-362', '2005-01-15', bbc('politics/362.txt'),
     'Michael Howard|Howard; Charles Kennedy',
     'Labour|New Labour|Old Labour; Conservatives|Tory; Liberal Democrats|Liberal Democrat; Treasury',
     'gordon-brown'),
    ('bbc-sport-438', '2005-01-15', bbc('sport/438.txt'),
     'Lindsay Davenport|Davenport|Daveport; Tim Phillips|Phillips; Serena Williams',
     'All England Club',
     ''),
    ('bbc-sport-387', '2005-01-15', bbc('sport/387.txt'),
     'Clive Woodward|Woodward; Lawrence Dallaglio|Dallaglio; Neil Back|Back; Martin Johnson|Johnson;'
     ' Eddie Jones|Eddie; Jake White; Simon Taylor; Richard Hill',
     'British and Irish Lions|Lions; All Blacks',
     ''),
    ('bbc-sport-434', '2005-01-15', bbc('sport/434.txt'),
     'Tim Henman|Henman; Ivan Ljubicic|Ljubicic; Tommy Robredo; Nicolas Kiefer',
     '',
     ''),
    ('bbc-sport-329', '2005-01-15', bbc('sport/329.txt'),
     "Tama Umaga|Umaga; Clive Woodward|Woodward; Brian O'Driscoll|O'Driscoll; George Gregan; Andrew Mehrtens;"
     " Chris Latham; Rod Macqueen",
     'British and Irish Lions|Lions; All Blacks; BBC Sport; BBC One; New Zealand Rugby',
     ''),
    ('bbc-sport-268', '2005-01-15', bbc('sport/268.txt'),
     "Sol Campbell|Campbell; Ricardo Fuller|Fuller; Patrick Vieira|Vieira; Arjan de Zeeuw|De Zeeuw;"
     " Thierry Henry|Henry; Linvoy Primus|Primus; Robin van Persie|Van Persie; Jamie Ashdown|Ashdown;"
     " Kolo Toure|Toure; Matthew Taylor|Taylor; Howard Webb|Webb|H Webb; Steve Stone|Stone; Gary O'Neil|O'Neil;"
     " Patrik Berger|Berger; Aiyegbeni Yakubu|Yakubu; Manuel Almunia|Almunia; Mathieu Flamini|Flamini;"
     " Dennis Bergkamp|Bergkamp; Griffin; Faye; Berkovic; LuaLua; Hislop; Quashie; Cisse; Lauren; Cole; Pires;"
     " Clichy; Lehmann; Fabregas; Senderos; Hoyte",
     'Arsenal; Portsmouth|Pompey; Chelsea',
     ''),
    ('bbc-entertainment-019', '2005-01-15', bbc('entertainment/019.txt'),
     'Christian Slater|Slater; Dallas Roberts|Roberts; Tennessee Williams; Joey Collins; Philip Rinaldi;'
     ' David Leveaux; Jessica Lange',
     '',
     ''),
    ('bbc-entertainment-331', '2005-01-15', bbc('entertainment/331.txt'),
     'Andrey Zvyagintsev; Jonathan Ross|Ross; Gillian Anderson; Roger Clarke; Kevin McDonald; Zhang Yimou;'
     ' Vladimir Girin',
     'BBC; BBC Four; BBC One',
     ''),
    ('bbc-entertainment-195', '2005-01-15', bbc('entertainment/195.txt'),
     'Sandra Bullock; Leonardo DiCaprio',
     'NBC; American Red Cross; Unicef; United Nations',
     ''),
    ('bbc-entertainment-230', '2005-01-15', bbc('entertainment/230.txt'),
     'Aaliyah; Frank Penski',
     'Blackground Records',
     ''),
    ('bbc-entertainment-278', '2005-01-15', bbc('entertainment/278.txt'),
     'Peter Jamieson',
     'British Phonographic Industry|BPI; Official UK Charts Company|OCC;'
     ' British Association of Record Dealers|BARD',
     ''),
    ('bbc-tech-058', '2005-01-15', bbc('tech/058.txt'),
     'Duncan Ingram|Ingram',
     'British Telecom|BT; AOL; Plusnet; UK Online',
     ''),
    ('bbc-tech-353', '2005-01-15', bbc('tech/353.txt'),
     'Karen Walsh; Jim Levine; James Cosgrave',
     'UK National Tremor Foundation|National Tremor Foundation; IBM; Montrose Secam; Office for National Statistics',
     ''),
    ('bbc-tech-237', '2005-01-15', bbc('tech/237.txt'),
     'Yusuf Mehdi',
     'Microsoft; MSN; Google; Yahoo; AOL; Blinkx; Copernic; Enfish; X1 Technologies; X-Friend; Apple',
     ''),
    ('bbc-tech-311', '2005-01-15', bbc('tech/311.txt'),
     '',
     'BBC|BBC News; Nokia; Wireless Gaming Review; Digital Bridges; Macrospace',
     ''),
    ('bbc-tech-148', '2005-01-15', bbc('tech/148.txt'),
     'Thomas Slattery|Slattery; Ernest Gellhorn|Gellhorn',
     'Apple; US District Court; George Mason University; NPD Group; Napster; Musicmatch; Microsoft',
     ''),
    # The second draw (random.seed(41)).
    ('bbc-politics-215', '2005-01-15', bbc('politics/215.txt'),
     'Des Browne; Rhian Beynon|Beynon; Samuel Amoah; Mark Rimmer|Rimmer',
     'Home Office; Joint Council for the Welfare of Immigrants|JCWI; Joint Committee on Human Rights;'
     ' Human Rights Court; Brent Council; European Union|EU',
     ''),
    ('bbc-politics-186', '2005-01-15', bbc('politics/186.txt'),
     'Ken Livingstone|Livingstone; Michael Howard; Alastair Campbell; Oliver Finegold|Finegold; Chris Smith',
     'Labour|Labour Party; Evening Standard; Five; Tory; International Olympic committee;'
     ' Standards Board of England',
     'tony-blair'),
    ('bbc-politics-131', '2005-01-15', bbc('politics/131.txt'),
     'May; Harrison; Clarke; Rix; Craig Mackey',
     'High Court; Appeal Court; Gloucestershire Police; Fairford Coach Action; European Court of Human Rights;'
     ' Amnesty International; Liberty',
     ''),
    ('bbc-politics-094', '2005-01-15', bbc('politics/094.txt'),
     'Jack McConnell|McConnell; Margaret Davidson; Nicola Sturgeon',
     'SNP; Scottish Executive; Glenurquhart High School',
     ''),
    ('bbc-politics-217', '2005-01-15', bbc('politics/217.txt'),
     'Stephen Twigg; Michael Raftery',
     'Hansard Society; Electoral Commission; Department for Education and Skills',
     ''),
    ('bbc-sport-301', '2005-01-15', bbc('sport/301.txt'),
     "Eddie O'Sullivan|O'Sullivan; Brian O'Driscoll; Geordan Murphy; Peter Stringer",
     'BBC Sport',
     ''),
    ('bbc-sport-470', '2005-01-15', bbc('sport/470.txt'),
     'Carlos Moya|Moya|Charly; Andy Roddick|Roddick; Jordi Arrese; Rafael Nadal|Nadal; Patrick McEnroe|McEnroe',
     '',
     ''),
    ('bbc-sport-360', '2005-01-15', bbc('sport/360.txt'),
     'Andy Robinson|Robinson; Jonny Wilkinson; Mike Tindall; Will Greenwood',
     "BBC Sport; Professional Rugby Players' Association; Rugby Football Union; Premier Rugby",
     ''),
    ('bbc-sport-150', '2005-01-15', bbc('sport/150.txt'),
     'Martin Jol|Jol; Robbie Keane; Noe Pamarot; Mido; Gary Megson',
     'Tottenham; Nottingham Forest|Forest; Newcastle|Magpies',
     ''),
    ('bbc-sport-289', '2005-01-15', bbc('sport/289.txt'),
     'Andy Robinson|Robinson; Mark Cueto|Cueto; Jonathan Kaplan|Kaplan; Charlie Hodgson; Josh Lewsey;'
     ' Matt Stevens; Martin Corry; Lewis Moody; Clive Woodward',
     'BBC Sport; Sale',
     ''),
    ('bbc-entertainment-146', '2005-01-15', bbc('entertainment/146.txt'),
     'Jennifer Lopez|Lopez|J-Lo; Marc Anthony|Anthony; Bono; Stevie Wonder; Norah Jones; Brian Wilson;'
     ' Alicia Keys; Kanye West; Tim McGraw; John Legend; Mavis Staples; Ray Charles; Bonnie Raitt;'
     ' Billy Preston; Gretchen Wilson; Dickie Betts; Elvis Bishop; Usher',
     'Beatles; U2; Green Day; Velvet Revolver; Blind Boys of Alabama; Lynyrd Skynyrd; CBS',
     ''),
    ('bbc-entertainment-204', '2005-01-15', bbc('entertainment/204.txt'),
     'Bill Cosby|Cosby; Walter M Phillips Jr; Bruce L Castor Jr; Dolores M Troiani',
     '',
     ''),
    ('bbc-entertainment-307', '2005-01-15', bbc('entertainment/307.txt'),
     'Patsy Rowlands|Rowlands; Sid James; Kenneth Williams; Barbara Windsor; Tony Richardson;'
     ' Simon Beresford; Alan',
     'ITV; Guildhall School of Speech and Drama; BBC',
     ''),
    ('bbc-entertainment-005', '2005-01-15', bbc('entertainment/005.txt'),
     'Cameron Mackintosh; Laura Michelle Kelly; Barbara Windsor; Graham Norton; Richard Attenborough;'
     ' Richard Eyre; Pamela Travers|Travers; Julie Andrews',
     'Disney',
     ''),
    ('bbc-entertainment-131', '2005-01-15', bbc('entertainment/131.txt'),
     'Alex Kapranos|Kapranos|Alex; James MacMillan; Stephen Hawking; Kylie Minogue; Chopin; Debussy; Wagner',
     'Franz Ferdinand; University of Edinburgh|University; Nirvana; Korn; Scissor Sisters; Classic FM; Travis;'
     ' Snow Patrol; Treasury; NEA; Save the Music',
     'mikhail-gorbachev'),
    ('bbc-tech-346', '2005-01-15', bbc('tech/346.txt'),
     'Phil Cracknell|Cracknell',
     'RSA Security|RSA; NetSurity',
     ''),
    ('bbc-tech-011', '2005-01-15', bbc('tech/011.txt'),
     'Ben Coppin|Coppin',
     'Envisional; Jupiter Research; BBC',
     ''),
    ('bbc-tech-230', '2005-01-15', bbc('tech/230.txt'),
     'Nigel Marson; Rachel Harker|Harker',
     'Transport for London|TfL; Hypertag',
     ''),
    ('bbc-tech-083', '2005-01-15', bbc('tech/083.txt'),
     'Graham Cluley|Cluley',
     'Microsoft; Sophos; BBC News',
     ''),
    ('bbc-tech-080', '2005-01-15', bbc('tech/080.txt'),
     '',
     'European Union|EU; Reuters; Amazon.com',
     ''),
]


def main():
    write(os.path.join(HERE, "general-news.jsonl"), ARTICLES)


if __name__ == "__main__":
    main()
