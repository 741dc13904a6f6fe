#!/usr/bin/env python3
"""Builds data/reference/countries.csv from world-countries' countries.json (ODbL 1.0).

Usage: build_countries.py PATH/TO/countries.json > data/reference/countries.csv

Maintainers run this when the upstream list changes; the job itself only reads the CSV.
The curated additions below (former names, seats of power, abbreviations) are the project's own.
"""
import csv
import json
import sys
import unicodedata

# Upstream codes the project replaces: world-countries uses UNK for Kosovo; XKX is the
# user-assigned code the EU, IMF and most statistical sources use.
CODE_FIXES = {"UNK": "XKX"}

# UN status by hand where upstream disagrees with the UN (the Holy See is an observer state).
UN_STATUS_FIXES = {"VAT": "observer", "PSE": "observer"}

# Extra names news text uses: former names, short forms, seats of power used as metonyms.
EXTRA_ALIASES = {
    "USA": ["U.S.", "U.S.A.", "America", "United States", "White House", "Washington"],
    "GBR": ["Britain", "U.K.", "Downing Street", "England", "Scotland", "Wales", "Northern Ireland"],
    # The Soviet Union's names count as Russia, its successor state (as Reuters' 1987 tags do not).
    "RUS": ["Kremlin", "Soviet Union", "USSR", "U.S.S.R."],
    "CHN": ["PRC", "Zhongnanhai", "mainland China"],
    "FRA": ["Élysée", "Elysee Palace", "Élysée Palace"],
    "PRK": ["North Korea"],
    "KOR": ["ROK", "Blue House"],
    "TUR": ["Turkey"],
    "MMR": ["Burma"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia", "North Macedonia"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "NLD": ["Holland", "The Netherlands", "The Hague"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "SAU": ["Saudi"],
    "IRN": ["Persia"],
    "VAT": ["Holy See"],
    "DEU": ["Berlin", "West Germany", "East Germany"],
    "STP": ["São Tomé", "Sao Tome"],
    "PSE": ["Gaza", "West Bank", "Gaza Strip", "Khan Younis", "Rafah", "Jabalia"],
    # Former states and names in older news count for the successor state, as the Soviet Union does for
    # Russia (and as Reuters' codes for 1987 do): Yugoslavia for Serbia, Czechoslovakia for the Czech
    # Republic. "Congo" stays out: Zaire's time it meant Brazzaville, since 1997 mostly Kinshasa.
    "COD": ["Democratic Republic of the Congo", "D.R. Congo", "Congo-Kinshasa", "Zaire"],
    "SRB": ["Yugoslavia"],
    "CZE": ["Czech Republic", "Czechia", "Czechoslovakia"],
    "LKA": ["Ceylon"],
    "KHM": ["Kampuchea"],
    "ZWE": ["Rhodesia"],
    "ZMB": ["Northern Rhodesia"],
    "BFA": ["Upper Volta"],
    "BEN": ["Dahomey"],
}
EXTRA_DEMONYMS = {
    "PRK": ["North Koreans"], "KOR": ["South Koreans"], "GBR": ["Briton", "Britons", "Brits"],
    "USA": ["Americans"], "NLD": ["Dutchman"], "PHL": ["Filipino", "Filipinos"],
    "RUS": ["Soviet", "Soviets"], "DEU": ["West German", "East German", "West Germans", "East Germans"],
    "COD": ["Zairean", "Zaireans", "Zairian"], "SRB": ["Yugoslav", "Yugoslavs", "Yugoslavian"],
    "CZE": ["Czechoslovak", "Czechoslovaks", "Czechoslovakian"], "KHM": ["Kampuchean"], "ZWE": ["Rhodesian"],
}
# Names that mean more than one country, or mostly something else, never become aliases.
NEVER = {"Korea", "Congo", "Republic of China", "Guinea-Bissau?", "Georgia (country)",
         "Man", "Mann", "Zhonghua", "Vatican"}
# Short upper-case forms kept although they are codes: news uses them as names.
ACRONYMS = {"US", "USA", "UK", "UAE", "DRC", "DPRK", "PRC", "ROK", "CAR", "USSR"}
# Capitals that name other things far more often than the state they are capital of.
AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Georgetown", "Hamilton", "Male", "Malé",
                      "Washington D.C.", "Santiago", "San José", "Valletta?", "Palikir",
                      "Kuwait City", "Singapore", "Luxembourg", "Monaco", "Vatican City",
                      "Mexico City", "Panama City", "Guatemala City", "Djibouti", "San Marino",
                      "Andorra la Vella", "Jerusalem", "Castries", "Roseau", "Praia", "Avarua"}


def latin(text):
    return all(ord(ch) < 0x250 or unicodedata.category(ch).startswith("M") for ch in text)


def keep_alias(alias):
    if alias in NEVER or "," in alias or "(" in alias or not latin(alias):
        return False
    if alias.isupper() and alias.replace(".", "").isalpha():
        return alias.replace(".", "") in ACRONYMS
    return len(alias) >= 3


def plural(demonym):
    if demonym in ("Vatican",) or demonym.endswith(("ese", "ish", "ch", "s", "x", "z", "i")):
        return None
    return demonym + "s"


def main(path):
    countries = json.load(open(path, encoding="utf-8"))
    rows = []
    for c in countries:
        iso3 = CODE_FIXES.get(c["cca3"], c["cca3"])
        sovereign = bool(c.get("unMember")) or iso3 in ("PSE", "TWN", "XKX", "VAT")
        un_status = UN_STATUS_FIXES.get(iso3, "member" if c.get("unMember") else "none")
        names = [c["name"]["common"], c["name"]["official"]]
        aliases = [a for a in c.get("altSpellings", []) + EXTRA_ALIASES.get(iso3, []) if keep_alias(a)]
        demonyms = []
        eng = c.get("demonyms", {}).get("eng", {})
        for d in dict.fromkeys([eng.get("m"), eng.get("f")]):
            if d:
                demonyms.append(d)
                if plural(d):
                    demonyms.append(plural(d))
        demonyms += EXTRA_DEMONYMS.get(iso3, [])
        capitals = [cap for cap in c.get("capital", []) if cap and cap not in AMBIGUOUS_CAPITALS and latin(cap)]
        rows.append({
            "iso3": iso3, "iso2": c["cca2"] if iso3 != "XKX" else "XK",
            "name": c["name"]["common"], "official_name": c["name"]["official"],
            "kind": "sovereign" if sovereign else "territory", "un_status": un_status,
            "aliases": unique(a for a in aliases if a not in names),
            "demonyms": unique(demonyms) if sovereign else [],
            "capitals": capitals if sovereign else [],
            "region": c.get("region", ""), "subregion": c.get("subregion", ""),
        })
    drop_collisions(rows)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iso3", "iso2", "name", "official_name", "kind", "un_status", "aliases",
                  "demonyms", "capitals", "region", "subregion", "source"])
    for r in sorted(rows, key=lambda r: r["iso3"]):
        extra = " + newsstats curation" if r["iso3"] in EXTRA_ALIASES or r["iso3"] in CODE_FIXES else ""
        out.writerow([r["iso3"], r["iso2"], r["name"], r["official_name"], r["kind"], r["un_status"],
                      "|".join(r["aliases"]), "|".join(r["demonyms"]), "|".join(r["capitals"]),
                      r["region"], r["subregion"], "world-countries 5.1.0" + extra])


def unique(items):
    return list(dict.fromkeys(items))


def drop_collisions(rows):
    """A surface form shared by several entries is kept by the one sovereign entry, else dropped."""
    owners = {}
    for r in rows:
        for field in ("aliases", "demonyms", "capitals"):
            for s in r[field]:
                owners.setdefault(s.lower(), set()).add(r["iso3"])
        for s in (r["name"], r["official_name"]):
            owners.setdefault(s.lower(), set()).add(r["iso3"])
    kind = {r["iso3"]: r["kind"] for r in rows}
    for r in rows:
        for field in ("aliases", "demonyms", "capitals"):
            kept = []
            for s in r[field]:
                who = owners[s.lower()]
                sovereign = [w for w in who if kind[w] == "sovereign"]
                if len(who) == 1 or (len(sovereign) == 1 and sovereign[0] == r["iso3"]):
                    kept.append(s)
                else:
                    print(f"dropped ambiguous {field[:-1]} {s!r}: {sorted(who)}", file=sys.stderr)
            r[field] = kept


if __name__ == "__main__":
    main(sys.argv[1])
