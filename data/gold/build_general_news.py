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
each article, before the rules it was first used to check were written.

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
  organisations; national sides named by their country are the country.
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
]


def main():
    write(os.path.join(HERE, "general-news.jsonl"), ARTICLES)


if __name__ == "__main__":
    main()
