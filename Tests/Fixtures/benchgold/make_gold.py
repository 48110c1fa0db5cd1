#!/usr/bin/env python3
"""Writes benchgold.gold.json from the hand-written claims below (kept as code so a reviewer
reads one claim per line). The outlet and date of each article come from `claims text` output
(TEXT_JSONL); every anchor is checked to occur in the article's title or text.
  python3 make_gold.py TEXT_JSONL > benchgold.gold.json"""
import json
import sys

E, A, N, M, L, R, AM = "exact", "about", "nearly", "more_than", "at_least", "range", "at_most"
NONE = [""]


def c(cat, value, qual, subject, speaker, anchor, upper=None, unit=None, optional=False, note=None, group=None):
    claim = {"category": cat, "value": value, "upper": upper, "qualifier": qual, "unit": unit,
             "subject": subject, "speaker": speaker, "anchor": anchor}
    if optional:
        claim["optional"] = True
    if group:
        claim["group"] = group
    if note:
        claim["note"] = note
    return claim


GOLD = {
    # RT: Bolivia protest deaths
    "aeb/html/4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a.html.gz": [
        c("killed", 3, E, ["demonstrators"], NONE, "3 pro-Morales demonstrators killed", group="bolivia-3"),
        c("killed", 3, E, ["people"], NONE, "Three people have died during protests", group="bolivia-3"),
        c("killed", 3, E, ["fatalities"], NONE, "the three fatalities at a fuel plant", optional=True,
          group="bolivia-3",
          note="refers back to the three deaths of the lead"),
        c("injured", 30, E, ["people"], ["public defender"], "another 30 people had been injured"),
    ],
    # Al Jazeera: US helicopter crash in Afghanistan
    "aeb/html/7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f.html.gz": [
        c("killed", 2, E, ["service members"], ["military"], "Two United States service members have been killed"),
        c("troops", 13000, A, ["troops"], NONE, "Roughly 13,000 US troops remain"),
        c("killed", 2500, M, ["civilians"], ["united nations", "un"], "More than 2,500 Afghan civilians have been killed"),
    ],
    # PanARMENIAN: Amnesty on Iran protest deaths
    "aeb/html/d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756.html.gz": [
        c("killed", 100, M, ["protesters"], ["amnesty"], "More than 100 protesters killed in Iran unrest",
          note="headline prefix 'Amnesty.' names the speaker", group="iran-amnesty"),
        c("killed", 106, L, ["protesters"], ["amnesty"], "At least 106 protesters in 21 cities have been killed",
          group="iran-amnesty"),
        c("killed", 200, AM, [""], ["amnesty", "organization", "reports", ""], "as many as 200 have been killed"),
        c("killed", 4, L, ["security forces"], ["state media"], "the deaths of at least four members of the security forces"),
    ],
    # BBC: New York mass burials, Covid-19 deaths
    "trafilatura-eval/html/bbc.com.52241221.html.gz": [
        c("killed", 7844, E, [""], NONE, "of whom 7,844 have died"),
        c("killed", 16700, A, ["deaths"], NONE, "about 16,700 deaths"),
        c("killed", 97000, E, ["deaths"], NONE, "1.6 million cases and 97,000 deaths"),
        c("killed", 777, E, ["deaths"], ["", "new york"], "was 777 - down slightly"),
        c("killed", 799, E, [""], NONE, "the record high of 799", optional=True, note="comparison point"),
        c("killed", 60000, E, [""], ["fauci"], "looks more like 60,000", optional=True, note="a projection"),
        c("killed", 100000, R, [""], ["fauci"], "between 100,000 and 200,000", upper=200000, optional=True,
          note="an earlier projection"),
        c("killed", 60000, E, [""], NONE, "The 60,000 projection", optional=True, note="refers back"),
        c("killed", 2200000, E, ["americans"], ["white house"], "2.2 million Americans could die", optional=True,
          note="a projection"),
    ],
    # Gleaner: Clarendon crash
    "trafilatura-eval/html/jamaica.gleaner.com-victims.html.gz": [
        c("killed", 2, E, ["people"], ["", "police"], "the two people killed in a crash"),
        c("casualties", 5, E, ["victims"], ["", "police"], "All five crash victims were taken to a hospital"),
        c("injured", 3, E, [""], ["", "police"], "The other three were admitted", optional=True,
          note="hospitalised survivors"),
    ],
    # The Intercept: Gaza health care
    "trafilatura-eval/html/theintercept.com-Gaza.html.gz": [
        c("killed", 4, E, ["people"], NONE, "four people were killed"),
    ],
    # USA Today: Epstein prison guards charged
    "aeb/html/c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7.html.gz": [
        c("money", 100000, E, ["bond"], NONE, "post $100,000 bond", unit="USD"),
    ],
    # Polygraph: al-Tanf base in Syria
    "aeb/html/1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432.html.gz": [
        c("troops", 200, A, ["personnel"], NONE, "Some 200 U.S. military personnel are believed to remain"),
    ],
    # The Sun: plague
    "aeb/html/8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50.html.gz": [
        c("killed", 584, E, ["deaths"], ["", "world health organization", "who"], "including 584 deaths",
          group="plague-who-584"),
        c("killed", 50000000, M, ["deaths"], NONE, "more than 50 million deaths in Europe"),
    ],
    # Smithsonian: plague
    "aeb/html/ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de.html.gz": [
        c("killed", 584, E, ["deaths"], ["who", "world health organization"], "with 584 deaths", group="plague-who-584"),
        c("killed", 11, E, ["deaths"], ["reuters"], "26 cases and 11 deaths"),
        c("killed", None, A, ["people"], NONE, "plague has killed millions of people", optional=True, note="vague"),
    ],
    # New York Post: plague
    "aeb/html/432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3.html.gz": [
        c("killed", 25000000, A, ["people"], NONE, "killed an estimated 25 million people"),
    ],
    # Express: plague
    "aeb/html/ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf.html.gz": [
        c("killed", 100000000, M, ["people"], NONE, "More than 100 million people may have perished"),
    ],
    # MSN: doctors offer flu shots to detained migrants
    "aeb/html/abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5.html.gz": [
        c("killed", 3, L, ["children"], ["", "doctors"], "the deaths of at least three children in CBP custody",
          group="cbp-3"),
        c("killed", 3, E, ["children"], ["doctors"], "the three deaths of detained children", optional=True, group="cbp-3",
          note="refers back"),
    ],
    # Vox: Delhi air pollution
    "aeb/html/16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56.html.gz": [
        c("killed", 9000000, E, ["deaths"], ["lancet"], "there were 9 million premature deaths"),
        c("killed", 2500000, M, ["deaths"], ["", "lancet"], "more than 2.5 million of these deaths"),
    ],
    # DW: Germany's colonial past
    "trafilatura-eval/html/dw.com.colonial.html.gz": [
        c("killed", 60000, M, ["herero"], NONE, "More than 60,000 Herero are estimated to have perished"),
        c("killed", 100000, A, ["locals"], NONE, "An estimated 100,000 locals died"),
    ],
    # Telegraph: plumber jailed over a carbon monoxide death
    "trafilatura-eval/html/telegraph.co.uk.plumber.html.gz": [
        c("money", 2000, E, ["job"], NONE, "the £2,000 job", unit="GBP"),
        c("money", 20000, E, [""], ["fitton"], "borrowing £20,000 from his parents", unit="GBP"),
    ],
    # The Republic: six arrested in a drug investigation (bonds)
    "aeb/html/961bd85ca85aaf791b278cc4a60058e92d57c4f32a3411cf8e7d802af183c926.html.gz": [
        c("money", 70000, E, ["bond"], ["", "harris"], "in lieu of $70,000 bond", unit="USD"),
        c("money", 326000, E, ["bond"], ["", "harris"], "in lieu of $326,000 bond", unit="USD"),
        c("money", 268500, E, ["bond"], ["", "harris"], "in lieu of $268,500 bond", unit="USD"),
        c("money", 72500, E, ["bond"], ["", "harris"], "in lieu of $72,500 bond", unit="USD"),
        c("money", 516000, E, ["bond"], ["", "harris"], "in lieu of $516,000 bond", unit="USD"),
    ],
    # investmentwatchblog: money laundering in Ukraine, a private army
    "trafilatura-eval/html/0a3108e507c54157a95fe7a1338f5e9c.html.gz": [
        c("money", 470000000000, E, [""], NONE, "loaned themselves $470B", unit="USD"),
        c("money", 5500000000, E, [""], ["central bank", "chairwoman"], "stole $5.5B outright", unit="USD"),
        c("money", 1800000000, E, ["aid"], NONE, "How $1.8 billion in aid to Ukraine", unit="USD"),
        c("troops", 20000, E, ["army"], NONE, "a 20,000-man private army"),
        c("money", 1800000000, E, [""], NONE, "the gigantic sum of $1.8 billion", unit="USD", optional=True,
          note="the same sum again"),
        c("money", 1800000000, E, [""], NONE, "to the value of $1.8 billion", unit="USD", optional=True),
        c("money", 1800000000, E, [""], NONE, "Payment for the orders", unit="USD", optional=True),
        c("money", 1800000000, E, [""], ["ivanovna"], "transaction of $1.8 bill[ion]", unit="USD", optional=True),
    ],
    # The Hill: man pleads guilty to threatening Rep. Omar
    "aeb/html/6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85.html.gz": [
        c("money", 250000, E, [""], NONE, "have to pay $250,000", unit="USD", optional=True, note="a possible fine"),
    ],
    # NBC News: the same case
    "aeb/html/7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9.html.gz": [
        c("money", 250000, AM, ["fine"], NONE, "up to a $250,000 fine", unit="USD", optional=True, note="a possible fine"),
        c("equipment", 3, E, ["rifles"], ["prosecutors"], "three rifles"),
        c("equipment", 2, E, ["shotguns"], ["prosecutors"], "two shotguns"),
        c("equipment", None, A, ["rounds"], ["prosecutors"], "hundreds of rounds of ammunition", optional=True),
    ],
    # Pages on deaths, crime and the military with no scored count (ages, times, phone numbers,
    # road numbers, hostages and prisoners are not claims): every record here is a false one.
    "trafilatura-eval/html/kaieteurnewsonline.com-essequibo.html.gz": [],
    "trafilatura-eval/html/wsvn.com-crash.html.gz": [],
    "aeb/html/a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31.html.gz": [],
    "aeb/html/5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca.html.gz": [],
    "trafilatura-eval/html/breakingbelizenews.com-paho.html.gz": [],
    "trafilatura-eval/html/heartlandnewsfeed.com-Christian.html.gz": [],
    "aeb/html/e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090.html.gz": [],
}


def main(path):
    pages = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pages[d["article"].split("ingest-bench/")[-1]] = d
    import unicodedata, re
    def norm(t):
        t = unicodedata.normalize("NFKC", t or "")
        for a, b in {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}.items():
            t = t.replace(a, b)
        return re.sub(r"\s+", " ", t).strip().lower()
    articles = {}
    n = 0
    for key, claims in GOLD.items():
        page = pages[key]
        body = norm((page.get("title") or "") + "\n" + page["text"])
        for i, claim in enumerate(claims):
            if norm(claim["anchor"]) not in body:
                sys.exit(f"{key}: anchor not found: {claim['anchor']}")
            claim.setdefault("group", f"b{n + 1}-{i + 1}")
        n += 1
        articles[key] = {"outlet": page.get("outlet"), "published": (page.get("published") or "")[:10] or None,
                         "claims": claims}
    gold = {"schema": 1,
            "about": "benchgold: hand-annotated numeric claims in real English news pages of "
                     "../shared/ingest-bench (aeb/ and trafilatura-eval/) about deaths, injuries, troops, "
                     "weapons, disasters and crime; read and annotated without running the extractor. "
                     "Conventions follow ../shared/realdev/realdev.gold.json (see README.md here).",
            "categories": ["killed", "injured", "casualties", "mines", "troops", "equipment", "money"],
            "articles": articles,
            "groups": {"plague-who-584": "WHO's worldwide plague deaths 2010-2015, told by two outlets"},
            "optional_pairs": []}
    json.dump(gold, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
