#!/usr/bin/env python3
"""Builds data/reference/leaders.csv and tenures.csv.

Usage: build_leaders.py SHARED_REFERENCE_DIR OUT_DIR
  SHARED_REFERENCE_DIR holds leaders/ (reign-leaderlist-2021-03.csv, wikidata-heads-2021.csv) and
  leaders-sources/ (wikidata-geografia/, wikipedia-state-leaders-lists/), e.g. ../shared/reference.

Sources, in order of trust (each output row names its own):
  1. curated-leaders.csv / curated-tenures.csv (this folder): the team's hand-checked rows. A
     country with any curated tenure takes no generated rows at all.
  2. team-additions.csv (this folder): changes after the snapshots below, and the Swiss
     one-year presidency, from the team's
     own knowledge; a row's `replaces` closes the open tenures of that person in that country.
  3. Wikidata heads of state/government around 2021-22 (CC0): full names, titles, year precision.
  4. REIGN (Bell 2016), effective leaders to March 2021 with exact start dates, often surnames
     only; role `effective_leader` (REIGN's "who holds effective power", a head of state or of
     government). A REIGN leader whose surname matches a Wikidata holder in the same country is
     the same person: one leader, the Wikidata name, REIGN's exact start date.
  5. Full-name sources (full_names.py): Wikidata 2025 (CC0, exact dates, QIDs) and English Wikipedia's
     21st-century state-leader list (CC BY-SA 3.0, years only). They give REIGN's surname-only rows
     their full names, add the heads of government and former leaders (tenures ending from 1990 on)
     the sources above lack, and fill only the time each seat is free.
Only UN members (countries.csv un_status=member), and for source 5 the observer states and the other
sovereign states of countries.csv too (Taiwan, Kosovo); sources 1-4 keep tenures running on or after
2000-01-01, source 5 those ending on or after 1990-01-01.
Maintainers run this when a source changes; the job reads only the generated CSVs.
"""
import csv
import os
import re
import sys
import unicodedata
from datetime import date, timedelta

import full_names

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.dirname(HERE)
SINCE = date(1945, 1, 1)
SINCE_NAMES = date(2000, 1, 1)  # REIGN_NAME covers tenures ending from here on
REIGN_END = date(2021, 3, 31)

# Correlates-of-War state abbreviations (REIGN) that differ from ISO 3166 alpha-3.
COW_TO_ISO3 = {
    "AAB": "ATG", "ALG": "DZA", "ANG": "AGO", "AUL": "AUS", "AUS": "AUT", "BAH": "BHR",
    "BAR": "BRB", "BFO": "BFA", "BHM": "BHS", "BHU": "BTN", "BNG": "BGD", "BOS": "BIH",
    "BOT": "BWA", "BUI": "BDI", "BUL": "BGR", "CAO": "CMR", "CAP": "CPV", "CDI": "CIV",
    "CEN": "CAF", "CHA": "TCD", "CON": "COG", "COS": "CRI", "CRO": "HRV", "CZR": "CZE",
    "DEN": "DNK", "DRC": "COD", "DRV": "VNM", "EQG": "GNQ", "ETM": "TLS", "FRN": "FRA",
    "GAM": "GMB", "GMY": "DEU", "GRG": "GEO", "GRN": "GRD", "GUA": "GTM", "GUI": "GIN",
    "HAI": "HTI", "HON": "HND", "ICE": "ISL", "INS": "IDN", "IRE": "IRL", "KOS": "XKX",
    "KUW": "KWT", "KYR": "KGZ", "KZK": "KAZ", "LAT": "LVA", "LEB": "LBN", "LES": "LSO",
    "LIB": "LBY", "LIT": "LTU", "MAA": "MRT", "MAC": "MKD", "MAD": "MDV", "MAG": "MDG",
    "MAL": "MYS", "MAS": "MUS", "MAW": "MWI", "MLD": "MDA", "MNC": "MCO", "MNG": "MNE",
    "MON": "MNG", "MOR": "MAR", "MSI": "MHL", "MYA": "MMR", "MZM": "MOZ", "NAU": "NRU",
    "NEP": "NPL", "NEW": "NZL", "NIG": "NGA", "NIR": "NER", "NTH": "NLD", "OMA": "OMN",
    "PAL": "PLW", "PAR": "PRY", "PHI": "PHL", "POR": "PRT", "ROK": "KOR", "ROM": "ROU",
    "SAF": "ZAF", "SAL": "SLV", "SEY": "SYC", "SIE": "SLE", "SIN": "SGP", "SKN": "KNA",
    "SLO": "SVK", "SLU": "LCA", "SLV": "SVN", "SNM": "SMR", "SOL": "SLB", "SPN": "ESP",
    "SRI": "LKA", "SSD": "SSD", "SUD": "SDN", "SVG": "VCT", "SWA": "SWZ", "SWD": "SWE",
    "TAJ": "TJK", "TAW": "TWN", "TAZ": "TZA", "THI": "THA", "TOG": "TGO", "TRI": "TTO",
    "UAE": "ARE", "UKG": "GBR", "URU": "URY", "VAN": "VUT", "WSM": "WSM", "YUG": "SRB",
    "ZAM": "ZMB", "ZIM": "ZWE", "GFR": "DEU", "RVN": "VNM", "YAR": "YEM", "ERI": "ERI",
    "DJI": "DJI", "UGA": "UGA", "RWA": "RWA", "BLR": "BLR", "LIE": "LIE", "JOR": "JOR",
    "SAM": "WSM", "SWZ": "CHE", "FIJ": "FJI",
}

# Wikidata country labels that are not a name in countries.csv.
WIKIDATA_COUNTRY = {
    "Kingdom of Denmark": "DNK", "The Bahamas": "BHS", "Kingdom of the Netherlands": "NLD",
    "People's Republic of China": "CHN", "The Gambia": "GMB", "Federated States of Micronesia": "FSM",
    "Republic of the Congo": "COG", "Democratic Republic of the Congo": "COD", "State of Palestine": "PSE",
    "São Tomé and Príncipe": "STP", "Ivory Coast": "CIV", "East Timor": "TLS", "Eswatini": "SWZ",
    "Cape Verde": "CPV", "North Macedonia": "MKD", "Vatican City": "VAT", "Czech Republic": "CZE",
}

# Wikidata labels replaced by the name news text uses (and the updates file spells).
WIKIDATA_NAME = {
    "Rodrigo Alberto de Jesús Chaves Robles": "Rodrigo Chaves", "Bongbong Marcos": "Ferdinand Marcos Jr.",
    "Samia Suluhu": "Samia Suluhu Hassan", "Mahamat Déby Itno": "Mahamat Déby",
    "Hage Gottfried Geingob": "Hage Geingob", "Guðni Jóhannesson": "Guðni Th. Jóhannesson",
    "Salome Zurabishvili": "Salome Zourabichvili", "Irakli Gharibashvili": "Irakli Garibashvili",
    "David A. Granger": "David Granger", "Albert II, Prince of Monaco": "Albert II of Monaco",
    "Hans-Adam II, Prince of Liechtenstein": "Hans-Adam II",
}

# REIGN names of leaders before 2000 that the full-name sources cannot match (initials).
REIGN_EARLIER_NAME = {"A. Papandreou": "Andreas Papandreou", "G. Papandreou": "Georgios Papandreou Sr."}

# REIGN surnames that are also first names or English words, given in full (team knowledge),
# so that the bare word does not name a leader.
REIGN_NAME = {
    "Albert": "Albert II of Monaco", "Anthony": "Kenny Anthony", "Arthur": "Owen Arthur",
    "Christian": "Peter Christian", "Douglas": "Denzil Douglas", "King": "Stephenson King",
    "Note": "Kessai Note", "Parts": "Juhan Parts", "Scott": "Guy Scott", "Stephen": "Marcus Stephen",
    "Thomas": "Tillman Thomas", "Spencer": "Baldwin Spencer", "Taylor": "Charles Taylor",
    "Tito": "Teburoro Tito", "Marti": "Antoni Martí", "Stuart": "Freundel Stuart", "Mitchell": "Keith Mitchell",
    "Luka": "Faimalaga Luka", "Mamadou": "Mamadou Tandja", "Musa": "Said Musa", "Bryant": "Gyude Bryant",
    "Clark": "Helen Clark", "Christie": "Perry Christie", "Compton": "John Compton",
    "Thompson": "David Thompson", "Manning": "Patrick Manning", "Rene": "France-Albert René",
    "Fischer": "Jan Fischer", "Kern": "Christian Kern", "Kok": "Wim Kok", "Lobo": "Porfirio Lobo",
    "Flores": "Francisco Flores", "Miranda": "Laura Chinchilla", "Pereira": "Raimundo Pereira",
    "Vaz": "José Mário Vaz", "Carvalho": "Evaristo Carvalho", "Molina": "Otto Pérez Molina",
    "Estrada": "Joseph Estrada", "Arias": "Óscar Arias", "Banda": "Joyce Banda", "Mansour": "Adly Mansour",
    "Suleiman": "Michel Suleiman", "Kurz": "Sebastian Kurz", "Rajoy Brey": "Mariano Rajoy", "Houthi": "Abdul-Malik al-Houthi", "D.Barrow": "Dean Barrow",
}

# Countries whose REIGN rows are collective or rotating offices (Captains Regent, Swiss presidency).
REIGN_SKIPPED = {"SMR", "CHE"}

# Rival claimants Wikidata lists beside the internationally recognised office holder.
SKIPPED_HOLDER = {"Fathi Bashagha"}

# Offices that are collective, representative or shared with another country: not a country's
# own head of state or government in the sense the statistics use.
SKIPPED_POSITION = re.compile(r"Governor-General|Member of the Swiss Federal Council|Captain Regent|"
                              r"[Cc]o-[Pp]rince|Chairman of the Presidential Council|Chairman of the Council of Ministers",
                              re.I)
HEAD_OF_GOVERNMENT = re.compile(r"Prime [Mm]inister|Premier|Chancellor|Taoiseach|Minister of State|"
                                r"Chief Minister|President of the Government|military leader", re.I)
SUPREME_LEADER = re.compile(r"Supreme Leader", re.I)

# Capitalised words that are also ordinary English (sentence-initial or in titles): a surname
# like these is kept in the leader's name but not used alone as an alias.
COMMON_WORDS = set("""
may june july august march april will grant rice brown young king rose hope love long rich
little bush green white black gray grey wood stone hill ford price lee park moon rama nunes
best good new bay kong paul john mark martin james major early sharp short strong sir
harris michel meta tong gross blah note parts iii ii iv jr jr.
key cruz nova rosa croo rupo brey pou vall aziz issa asue madi mesa omar bird drew pena peña manet mulk
sein shwe fox
santos said lula bin al el de da van von la le du han lim khan ali ahmed mohamed muhammad
mohammed hassan hussein abdullah ibrahim ahmad singh kumar patel shah malik sultan emir
king queen prince pope president premier minister leader chief head general colonel
""".split())


# The same folding as TextKeys.asciiFold in the job (ids must agree with it).
EXTRA_FOLDS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                             "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae"})


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).translate(EXTRA_FOLDS)


def slug(name):
    s = fold(name).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


PARTICLES = {"de", "di", "da", "van", "von", "le", "la", "del", "dos", "das", "ould"}


# Countries whose leaders' names are written family name first ("Xi Jinping", "Moon Jae-in", "Hun Sen").
FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "KHM"}


# Leaders of those countries known by an English given name, which they write first.
WESTERN_ORDER = {"Simon Chang", "Vincent Siew", "Hope Su"}


def surname(name, country=None):
    if (country in FAMILY_NAME_FIRST and " " in name.strip() and not re.search(r"[A-Z][a-z]+ [A-Z]\.? [A-Z]", name)
            and name not in WESTERN_ORDER):
        return name.split()[0]
    bare = re.sub(r"\s+of\s+.*$", "", re.sub(r",.*$", "", name))  # "Albert II of Monaco" -> "Albert II"
    parts = [p for p in re.split(r"\s+", bare) if p]
    if len(parts) >= 3 and parts[-2].lower() in PARTICLES:
        return " ".join(parts[-2:])  # "Alexander De Croo" -> "De Croo"
    return parts[-1] if parts else name


def read_csv(path):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8", errors="replace")  # REIGN's notes column has stray Windows-1252 bytes
    return list(csv.DictReader(text.splitlines()))


def main(shared_reference, out_dir):
    shared = os.path.join(shared_reference, "leaders")
    countries = read_csv(os.path.join(REFERENCE, "countries.csv"))
    members = {c["iso3"] for c in countries if c["un_status"] == "member"}
    by_name = {}
    for c in countries:
        for n in [c["name"], c["official_name"]] + [a for a in c["aliases"].split("|") if a]:
            by_name.setdefault(n, c["iso3"])
    by_name.update(WIKIDATA_COUNTRY)

    curated_leaders = read_csv(os.path.join(HERE, "curated-leaders.csv"))
    curated_tenures = read_csv(os.path.join(HERE, "curated-tenures.csv"))
    curated_countries = {t["country"] for t in curated_tenures}
    updates = read_csv(os.path.join(HERE, "team-additions.csv"))

    leaders = {l["id"]: dict(l) for l in curated_leaders}
    qids = {}  # leader id -> Wikidata QID, where a source gives one
    tenures = [dict(t) for t in curated_tenures]

    def leader(name, country, aliases, source):
        """The leader's id, creating the row; `aliases` are explicit ones, the surname is derived here."""
        lid = slug(name)
        if lid not in leaders:
            leaders[lid] = {"id": lid, "name": name, "primary_country": country, "aliases": "", "source": source}
        existing = [a for a in leaders[lid]["aliases"].split("|") if a]
        derived = "" if name.startswith("Pope ") else surname(name, country)
        # A derived surname must be long enough not to be an abbreviation ("Sen."), and not a word.
        # Family names written first ("Kim", "Xi", "Lee") are short but are what news text uses.
        shortest = 2 if country in FAMILY_NAME_FIRST and derived == name.split()[0] else 4
        candidates = [a for a in aliases if a != derived] + ([derived] if len(derived) >= shortest else [])
        for a in candidates:
            if a and a != leaders[lid]["name"] and a not in existing and a.lower() not in COMMON_WORDS and len(a) > 2:
                existing.append(a)
        leaders[lid]["aliases"] = "|".join(existing)
        return lid

    # Wikidata: holders per country and role, in start order, with year precision.
    wikidata = {}
    unrecognised = set()
    for row in read_csv(os.path.join(shared, "wikidata-heads-2021.csv")):
        iso3 = by_name.get(row["country"])
        if iso3 is None:
            unrecognised.add(row["country"])
            continue
        if iso3 not in members or iso3 in curated_countries or SKIPPED_POSITION.search(row["positionLabel"]):
            continue
        end_year = int(row["end_year"]) if row["end_year"] else None
        if end_year is not None and end_year < 2000:
            continue
        position = row["positionLabel"]
        if SUPREME_LEADER.search(position):
            role = "supreme_leader"
        elif HEAD_OF_GOVERNMENT.search(position):
            role = "head_of_government"
        else:
            role = "head_of_state"
        title = re.sub(r"\s+of\s+.*$", "", position)
        title = title[0].upper() + title[1:]
        if row["officeholderLabel"] in SKIPPED_HOLDER or re.fullmatch(r"Q\d+", row["officeholderLabel"]):
            continue
        wikidata.setdefault(iso3, []).append({
            "name": WIKIDATA_NAME.get(row["officeholderLabel"], row["officeholderLabel"]), "order": len(wikidata.get(iso3, [])), "qid": row["officeholder"], "role": role, "title": title,
            "position": row["position"], "officeholder": row["officeholder"], "start": date(int(row["start_year"]), 1, 1), "end_year": end_year})

    print(f"wikidata: not a country in countries.csv, skipped: {sorted(unrecognised)}", file=sys.stderr)

    # REIGN: effective leaders per country, exact start dates; a tenure ends where the next begins.
    reign = {}
    for row in read_csv(os.path.join(shared, "reign-leaderlist-2021-03.csv")):
        iso3 = COW_TO_ISO3.get(row["stateabb"], row["stateabb"])
        if iso3 not in members or iso3 in REIGN_SKIPPED:
            continue
        start = date(int(row["syear"]), int(row["smonth"]), int(row["sdate"]))
        name = re.sub(r"\s*\(.*?\)", "", row["leader"]).strip()
        # REIGN_NAME was written for the leaders of 2000 on: "Banda" before then is Hastings Banda.
        recent = row["eyear"] and int(row["eyear"]) >= SINCE_NAMES.year
        name = REIGN_NAME.get(name, name) if recent else REIGN_EARLIER_NAME.get(name, name)
        reign.setdefault(iso3, []).append({"name": name, "start": start})

    for iso3 in sorted(members - curated_countries):
        holders = sorted(wikidata.get(iso3, []), key=lambda h: (h["start"], h["order"]))
        # An acting holder who came and went within one year, between two others: no date to place them.
        holders = [h for h in holders if not (h["end_year"] == h["start"].year and any(
            s["position"] == h["position"] and s["start"].year == h["end_year"] and s["order"] > h["order"]
            for s in holders))]
        roles = {h["role"] for h in holders}
        if "head_of_government" not in roles:
            for h in holders:
                if h["role"] == "head_of_state" and h["title"].startswith("President"):
                    h["role"] = "head_of_state_and_government"
        rows = sorted(reign.get(iso3, []), key=lambda r: r["start"])

        def same_person(reign_row, holder):
            # Same surname and a start within a year: the same person's same spell in power.
            return (fold(surname(reign_row["name"])).lower() == fold(surname(holder["name"])).lower()
                    and abs(reign_row["start"].year - holder["start"].year) <= 1)
        for i, r in enumerate(rows):
            end = rows[i + 1]["start"] if i + 1 < len(rows) else None
            if end is not None and end < SINCE:
                continue
            full = next((h["name"] for h in holders if same_person(r, h)), r["name"])
            lid = leader(full, iso3, [r["name"]] if r["name"] != full and " " in r["name"] else [], "REIGN 2021-03 (Bell 2016)")
            tenures.append({"leader_id": lid, "country": iso3, "role": "effective_leader",
                            "title": "Effective leader", "start_date": r["start"].isoformat(),
                            "end_date": end.isoformat() if end else "", "_open_reign": end is None,
                            "source": "REIGN 2021-03 (Bell 2016)"})
        for h in holders:
            successors = [s for s in holders if s["position"] == h["position"] and s["order"] > h["order"]]
            exact = next((r["start"] for r in rows if same_person(r, h)), None)
            start = exact or h["start"]
            if h["end_year"] is None and not successors:
                end = None
            elif successors:
                nxt = successors[0]
                end = next((r["start"] for r in rows if same_person(r, nxt)), nxt["start"])
            else:
                end = date(h["end_year"], 12, 31)
            if end is not None and end <= start:
                end = start + timedelta(days=1)
            if end is not None and end < SINCE:
                continue
            lid = leader(h["name"], iso3, [], "Wikidata heads 2021 (CC0)")
            qids.setdefault(lid, h["officeholder"])
            precision = "" if exact else ", year precision"
            tenures.append({"leader_id": lid, "country": iso3, "role": h["role"], "title": h["title"],
                            "start_date": start.isoformat(), "end_date": end.isoformat() if end else "",
                            "source": f"Wikidata heads 2021 (CC0){precision}"})

    for u in updates:
        if u["country"] in curated_countries:
            continue
        if not u["start_date"]:
            # A row without a start only ends the named person's open tenures there.
            for t in tenures:
                if t["leader_id"] == slug(u["name"]) and t["country"] == u["country"] and not t["end_date"]:
                    t["end_date"] = u["end_date"]
            continue
        year = u["start_date"][:4]
        if u["replaces"]:
            # Closes the open tenures, and a year-precision end in the same year, of the predecessor.
            gone = slug(u["replaces"])
            if gone not in leaders:  # REIGN may know them by surname only
                gone = slug(surname(u["replaces"]))
            if gone not in leaders:
                print(f"team-additions.csv: replaces {u['replaces']!r}, who has no tenure here", file=sys.stderr)
            for t in tenures:
                if (t["leader_id"] == gone and t["country"] == u["country"]
                        and (not t["end_date"] or (t["end_date"][:4] == year and "year precision" in t["source"])
                             or t["end_date"][:4] == year and t["end_date"] > u["start_date"])):
                    t["end_date"] = u["start_date"]
        # The same person's year-precision Wikidata tenure gives way to the dated update.
        uid = slug(u["name"])
        tenures[:] = [t for t in tenures if not (t["leader_id"] == uid and t["country"] == u["country"]
                                                  and t["role"] == u["role"] and "year precision" in t["source"]
                                                  and t["start_date"][:4] == year)]
        lid = leader(u["name"], u["country"], [a for a in u["aliases"].split("|") if a],
                     u["source"])
        tenures.append({"leader_id": lid, "country": u["country"], "role": u["role"], "title": u["title"],
                        "start_date": u["start_date"], "end_date": u["end_date"], "source": u["source"]})

    close_reign_tenures(tenures)
    log = lambda message: print(message, file=sys.stderr)
    # Palestine and the Holy See (UN observers), Taiwan and Kosovo (sovereign, no UN seat)
    observers = {c["iso3"] for c in countries if c["un_status"] == "observer" or c["kind"] == "sovereign"}
    full_names.enrich(os.path.join(shared_reference, "leaders-sources"), leaders, tenures, members | observers,
                      by_name, qids,
                      {"slug": slug, "fold": fold, "surname": surname, "leader": leader, "log": log})
    used = {t["leader_id"] for t in tenures}
    with open(os.path.join(out_dir, "leaders.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "primary_country", "aliases", "wikidata_id", "source"],
                           lineterminator="\n")
        w.writeheader()
        for l in leaders.values():
            if l["id"] in used:
                w.writerow(dict(l, wikidata_id=qids.get(l["id"], "")))
    with open(os.path.join(out_dir, "tenures.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["leader_id", "country", "role", "title", "start_date", "end_date", "source"],
                           lineterminator="\n")
        w.writeheader()
        for t in tenures:
            w.writerow(t)
    report_overlaps(tenures)
    covered = {t["country"] for t in tenures}
    missing = sorted(members - covered)
    print(f"{len(used)} leaders, {len(tenures)} tenures, {len(covered & members)}/{len(members)} UN members;"
          f" without any leader: {missing}", file=sys.stderr)


def close_reign_tenures(tenures):
    """REIGN stops in March 2021: a leader still in power then is taken to leave when someone else's
    later tenure (from 2021 on) starts in the country; with none, they stay open only where another
    source shows them in office, else they end with REIGN's coverage."""
    for t in tenures:
        if not t.pop("_open_reign", False) or t["end_date"]:
            continue
        floor = max(t["start_date"], "2021-01-01")
        later = [u["start_date"] for u in tenures if u["country"] == t["country"]
                 and u["leader_id"] != t["leader_id"] and u["start_date"] > floor]
        still = [u for u in tenures if u is not t and u["leader_id"] == t["leader_id"]
                 and u["country"] == t["country"] and not u["end_date"]]
        if later:
            t["end_date"] = min(later)
        elif not still:
            t["end_date"] = REIGN_END.isoformat()


def report_overlaps(tenures):
    """Two people in one role of one country at once: printed, for the maintainer to fix."""
    by_seat = {}
    for t in tenures:
        roles = ["head_of_state", "head_of_government"] if t["role"] == "head_of_state_and_government" else [t["role"]]
        for role in roles:
            by_seat.setdefault((t["country"], role), []).append(t)
    for (country, role), seat in sorted(by_seat.items()):
        seat.sort(key=lambda t: t["start_date"])
        for a, b in zip(seat, seat[1:]):
            acting = a["title"].startswith("Acting") or b["title"].startswith("Acting")
            if a["leader_id"] != b["leader_id"] and not acting and (not a["end_date"] or a["end_date"] > b["start_date"]):
                print(f"overlap {country} {role}: {a['leader_id']} {a['start_date']}..{a['end_date']}"
                      f" and {b['leader_id']} from {b['start_date']}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_leaders.py SHARED_REFERENCE_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
