#!/usr/bin/env python3
"""Generate a synthetic corpus of election news articles for benchmarking `tally`.

    bench/gen_corpus.py --seed 1 --files 10000 --out /tmp/corpus
    bench/gen_corpus.py --seed 1 --target-mb 100 --out /tmp/corpus

Every article is built from templates and random choices (Python stdlib only).
Article i depends only on (seed, i), so a corpus of N files is a prefix of the
corpus of 2N files with the same seed.  Files are spread over subdirectories of
at most --per-dir (default 1000) files; all names are zero-padded so that a
plain byte-order sort gives generation order:

    OUT/0000/00000000_3f9c1a2b.txt ... OUT/0000/00000999_....txt
    OUT/0001/00001000_....txt ...

About 35% of the articles (--no-tally-share) carry no seat tally at all: only
quotes, statements and numbers that are not tallies (vote counts, turnout
percentages, years, candidate counts, majority marks, chamber sizes).  The rest
carry one to three tally passages in varied constructions, for Pakistan, India,
the UK and South Africa.  Some articles start with a ` date YYYY-MM-DD ` header,
some with a news-agency dateline ("ISLAMABAD, Feb 9 (Reuters) -"), some have
neither.

--manifest FILE writes one JSON object per article with the tallies the
generator meant to put in it (party, seats, historical flag): a rough
reference, not a gold standard.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTHS_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug",
               "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]

# --------------------------------------------------------------------------
# Elections.  Seat figures are the well-known final tallies, rounded where it
# does not matter; partial counts are derived from them.
# --------------------------------------------------------------------------

PK_NAMES = {
    "Independents": ["independent candidates", "independents",
                     "independent candidates backed by Imran Khan's party",
                     "independent candidates, mostly backed by PTI,",
                     "PTI-backed independents"],
    "PTI": ["PTI", "Pakistan Tehreek-e-Insaf (PTI)", "Imran Khan's PTI",
            "Pakistan Tehreek-e-Insaf", "Tehreek-e-Insaf"],
    "PML-N": ["PML-N", "Pakistan Muslim League-Nawaz (PML-N)",
              "Nawaz Sharif's PML-N", "Pakistan Muslim League-Nawaz",
              "PML(N)"],
    "PPP": ["PPP", "Pakistan Peoples Party (PPP)", "Pakistan People's Party",
            "Bilawal Bhutto Zardari's PPP", "Pakistan Peoples Party"],
    "MQM-P": ["MQM-P", "Muttahida Qaumi Movement-Pakistan (MQM-P)", "MQM",
              "Muttahida Qaumi Movement"],
    "MMA": ["MMA", "Muttahida Majlis-e-Amal (MMA)"],
    "JUI-F": ["JUI-F", "Jamiat Ulema-e-Islam (F)"],
    "Others": ["smaller parties", "other parties", "others"],
}
IN_NAMES = {
    "BJP": ["BJP", "Bharatiya Janata Party (BJP)", "the BJP",
            "Prime Minister Narendra Modi's BJP", "Bharatiya Janata Party"],
    "INC": ["Congress", "the Congress", "INC", "Indian National Congress",
            "the Congress party"],
    "SP": ["SP", "Samajwadi Party", "the Samajwadi Party (SP)",
           "Akhilesh Yadav's Samajwadi Party"],
    "AITC": ["TMC", "Trinamool Congress", "Mamata Banerjee's TMC",
             "All India Trinamool Congress"],
    "DMK": ["DMK", "Dravida Munnetra Kazhagam"],
    "YSRCP": ["YSRCP", "YSR Congress Party"],
    "NDA": ["NDA", "National Democratic Alliance (NDA)",
            "BJP-led National Democratic Alliance", "the NDA"],
    "INDIA": ["INDIA bloc", "opposition INDIA bloc", "the INDIA alliance",
              "Congress-led INDIA bloc"],
    "UPA": ["UPA", "Congress-led United Progressive Alliance", "the UPA"],
    "Others": ["others", "other parties", "smaller parties"],
}
GB_NAMES = {
    "Labour": ["Labour", "the Labour Party", "Keir Starmer's Labour",
               "Labour Party"],
    "Conservative": ["Conservatives", "the Conservatives", "Tories",
                     "the Tories", "Conservative Party"],
    "Liberal Democrats": ["Liberal Democrats", "the Liberal Democrats",
                          "Lib Dems", "the Lib Dems"],
    "SNP": ["SNP", "Scottish National Party", "the SNP"],
    "Reform UK": ["Reform UK", "Nigel Farage's Reform UK"],
    "Others": ["other parties", "others", "smaller parties"],
}
ZA_NAMES = {
    "ANC": ["ANC", "African National Congress (ANC)", "the ANC",
            "African National Congress"],
    "DA": ["DA", "Democratic Alliance (DA)", "the Democratic Alliance",
           "the DA"],
    "MK": ["MK", "MK Party", "uMkhonto weSizwe", "Jacob Zuma's MK Party",
           "uMkhonto weSizwe Party (MK)"],
    "EFF": ["EFF", "Economic Freedom Fighters (EFF)", "the EFF",
            "Julius Malema's Economic Freedom Fighters"],
    "IFP": ["IFP", "Inkatha Freedom Party", "the IFP"],
    "Others": ["smaller parties", "other parties", "others"],
}

ELECTIONS = [
    dict(key="PK-2024", country="PK", cname="Pakistan", day=(2024, 2, 8),
         report_days=(0, 4), total=265, chamber=["National Assembly", "NA"],
         final={"Independents": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17,
                "Others": 18},
         names=PK_NAMES, prev=2018, weight=3),
    dict(key="PK-2018", country="PK", cname="Pakistan", day=(2018, 7, 25),
         report_days=(0, 3), total=270, chamber=["National Assembly", "NA"],
         final={"PTI": 116, "PML-N": 64, "PPP": 43, "Independents": 13,
                "MMA": 12, "MQM-P": 6, "Others": 16},
         names=PK_NAMES, prev=2013, weight=2),
    dict(key="IN-2024", country="IN", cname="India", day=(2024, 6, 4),
         report_days=(-3, 2), total=543, chamber=["Lok Sabha"],
         final={"BJP": 240, "INC": 99, "SP": 37, "AITC": 29, "DMK": 22,
                "Others": 116},
         alliances={"NDA": 293, "INDIA": 234, "Others": 16},
         exit_poll={"NDA": (350, 370), "INDIA": (125, 150)},
         names=IN_NAMES, prev=2019, weight=3),
    dict(key="IN-2019", country="IN", cname="India", day=(2019, 5, 23),
         report_days=(-3, 2), total=542, chamber=["Lok Sabha"],
         final={"BJP": 303, "INC": 52, "DMK": 23, "AITC": 22, "YSRCP": 22,
                "Others": 120},
         alliances={"NDA": 353, "UPA": 91, "Others": 98},
         exit_poll={"NDA": (280, 350), "UPA": (90, 130)},
         names=IN_NAMES, prev=2014, weight=2),
    dict(key="GB-2024", country="GB", cname="Britain", day=(2024, 7, 4),
         report_days=(0, 2), total=650, chamber=["House of Commons",
                                                 "Commons"],
         final={"Labour": 411, "Conservative": 121, "Liberal Democrats": 72,
                "SNP": 9, "Reform UK": 5, "Others": 32},
         exit_poll={"Labour": (410, 410), "Conservative": (131, 131),
                    "Liberal Democrats": (61, 61), "Reform UK": (13, 13)},
         names=GB_NAMES, prev=2019, weight=2),
    dict(key="GB-2019", country="GB", cname="Britain", day=(2019, 12, 12),
         report_days=(0, 2), total=650, chamber=["House of Commons",
                                                 "Commons"],
         final={"Conservative": 365, "Labour": 202, "SNP": 48,
                "Liberal Democrats": 11, "Others": 24},
         exit_poll={"Conservative": (368, 368), "Labour": (191, 191),
                    "SNP": (55, 55)},
         names=GB_NAMES, prev=2017, weight=1),
    dict(key="ZA-2024", country="ZA", cname="South Africa", day=(2024, 5, 29),
         report_days=(1, 4), total=400, chamber=["National Assembly",
                                                 "parliament"],
         final={"ANC": 159, "DA": 87, "MK": 58, "EFF": 39, "IFP": 17,
                "Others": 40},
         names=ZA_NAMES, prev=2019, weight=2),
]

HISTORY = {  # earlier results, for "historical" sentences
    "PK": [("PML-N", 2013, 126), ("PTI", 2018, 116), ("PPP", 2008, 91)],
    "IN": [("BJP", 2014, 282), ("BJP", 2019, 303), ("INC", 2009, 206)],
    "GB": [("Labour", 1997, 418), ("Conservative", 2019, 365),
           ("Labour", 2017, 262)],
    "ZA": [("ANC", 2019, 230), ("DA", 2019, 84), ("EFF", 2019, 44)],
}

SOURCES = {
    "PK": ["the Election Commission of Pakistan (ECP)", "the ECP",
           "the Election Commission", "Geo News", "Dawn", "ARY News",
           "the Free and Fair Election Network (FAFEN)", "Reuters",
           "state media"],
    "IN": ["the Election Commission of India", "the Election Commission",
           "the ECI", "NDTV", "India Today", "Press Trust of India",
           "ANI", "The Hindu", "Reuters"],
    "GB": ["the BBC", "Sky News", "PA Media", "The Guardian", "Reuters",
           "returning officers"],
    "ZA": ["the Electoral Commission of South Africa (IEC)", "the IEC",
           "News24", "the SABC", "eNCA", "Reuters"],
}
POLLSTERS = {
    "PK": ["Gallup Pakistan", "an exit poll by Ipsos"],
    "IN": ["Axis My India", "CVoter", "Today's Chanakya",
           "the India Today-Axis My India exit poll", "an exit poll"],
    "GB": ["the exit poll for the BBC, ITV and Sky", "an Ipsos exit poll",
           "YouGov", "the exit poll"],
    "ZA": ["an exit poll", "Ipsos"],
}
CITIES = {
    "PK": ["Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta",
           "Rawalpindi", "Multan"],
    "IN": ["New Delhi", "Mumbai", "Lucknow", "Kolkata", "Chennai",
           "Bengaluru", "Varanasi"],
    "GB": ["London", "Manchester", "Glasgow", "Birmingham", "Cardiff",
           "Edinburgh"],
    "ZA": ["Johannesburg", "Pretoria", "Cape Town", "Durban", "Midrand"],
}
LEADERS = {
    "PK": ["Imran Khan", "Nawaz Sharif", "Shehbaz Sharif",
           "Bilawal Bhutto Zardari", "Maryam Nawaz", "Asif Ali Zardari",
           "Gohar Ali Khan"],
    "IN": ["Narendra Modi", "Rahul Gandhi", "Mallikarjun Kharge",
           "Akhilesh Yadav", "Mamata Banerjee", "Amit Shah",
           "Nitish Kumar"],
    "GB": ["Keir Starmer", "Rishi Sunak", "Ed Davey", "Nigel Farage",
           "John Swinney", "Angela Rayner"],
    "ZA": ["Cyril Ramaphosa", "John Steenhuisen", "Jacob Zuma",
           "Julius Malema", "Fikile Mbalula", "Velenkosini Hlabisa"],
}
CURRENCY = {"PK": "rupee", "IN": "rupee", "GB": "pound", "ZA": "rand"}
AGENCIES = ["Reuters", "AP", "AFP", "ANI", "Xinhua", "IANS"]
QUOTES = [
    "We will respect the mandate of the people",
    "The people have spoken and we accept their verdict",
    "This is a victory for democracy",
    "We reject these results and will challenge them in court",
    "Every single vote must be counted",
    "Our workers have shown extraordinary courage",
    "We are ready to sit with everyone to form a stable government",
    "The counting process has been transparent",
    "There were serious irregularities at several polling stations",
    "The country needs stability, not more division",
    "We will not let anybody steal this mandate",
    "Nobody has a clear majority, so talks will take time",
    "This result belongs to the young people who came out to vote",
    "The markets want clarity on who will govern",
]
OFFICIAL_TITLES = ["a spokesperson", "a senior official", "an analyst",
                   "a party leader", "a political scientist",
                   "a diplomat", "the party's secretary general"]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def cap(s):
    """Capitalises a sentence start; leaves names like eNCA, uMkhonto alone."""
    if len(s) > 1 and s[1].isupper():
        return s
    return s[:1].upper() + s[1:]


def nice(n):
    return f"{n:,}"


def name_of(r, e, canon):
    return r.choice(e["names"][canon])


def join_and(parts):
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def month_day(r, d, with_year=False):
    style = r.random()
    if style < 0.4:
        s = f"{MONTHS_ABBR[d.month - 1]} {d.day}"
    elif style < 0.8:
        s = f"{MONTHS[d.month - 1]} {d.day}"
    else:
        s = f"{d.day} {MONTHS[d.month - 1]}"
    if with_year:
        s += f", {d.year}" if not s[0].isdigit() else f" {d.year}"
    return s


def partial_counts(r, base, declared, total):
    """Scale a final result down to `declared` seats, with some noise."""
    frac = declared / total
    out = {}
    for p, n in base.items():
        out[p] = max(0, round(n * frac * r.uniform(0.85, 1.15)))
    s = sum(out.values())
    if s > declared and s > 0:
        k = declared / s
        out = {p: int(n * k) for p, n in out.items()}
    return out


# --------------------------------------------------------------------------
# Tally passages.  Each returns (text, [(canon, seats, seats_max), ...]).
# `ranked` is a list of (canon, seats) sorted by seats, descending.
# --------------------------------------------------------------------------

def cov_prefix(r, c):
    d, t, src = c["declared"], c["total"], c["source"]
    if c["final"]:
        return r.choice([
            f"With all {t} results declared, ",
            f"According to final results announced by {src}, ",
            f"Final results released by {src} showed that ",
            "",
        ])
    return r.choice([
        f"According to provisional results released by {src} for {d} out "
        f"of {t} seats, ",
        f"According to the latest {src.removeprefix('the ')} data, results "
        f"of {d} constituencies "
        f"out of {t} were declared. ",
        f"With {d} of {t} seats counted, ",
        f"After counting in {d} of the {t} constituencies, ",
        f"Unofficial results from {src} for {d} seats showed ",
        f"As of {r.randint(1, 11)} {r.choice(['am', 'pm'])}, ",
        "",
    ])


def t_lead_follow(r, e, c, ranked):
    k = min(len(ranked), r.randint(2, 4))
    (a, na), (b, nb) = ranked[0], ranked[1]
    verb = r.choice(["leading with", "was ahead with", "were leading with",
                     "was leading with", "led with"])
    s = (f"{cap(cov_prefix(r, c)) if c['final'] else cov_prefix(r, c)}"
         f"{name_of(r, e, a)} {verb} {na} seats, followed by "
         f"{name_of(r, e, b)} at {nb}{r.choice([' seats', ''])}")
    obs = [(a, na, None), (b, nb, None)]
    rest = ranked[2:k]
    if rest:
        parts = [f"{name_of(r, e, p)} with {n}" for p, n in rest]
        s += ", and " + join_and(parts) if len(parts) == 1 else ", " + join_and(parts)
        obs += [(p, n, None) for p, n in rest]
    return cap(s) + ".", obs


def t_respectively(r, e, c, ranked):
    (a, na), (b, nb) = ranked[0], ranked[1]
    s = (f"{cov_prefix(r, c)}{name_of(r, e, a)} and {name_of(r, e, b)} "
         f"{r.choice(['were at', 'stood at', 'had won', 'secured'])} "
         f"{na} and {nb} seats, respectively")
    obs = [(a, na, None), (b, nb, None)]
    if len(ranked) > 2 and r.random() < 0.5:
        p, n = ranked[2]
        s += f", while {name_of(r, e, p)} had {n}"
        obs.append((p, n, None))
    return cap(s) + ".", obs


def t_went_to(r, e, c, ranked):
    k = min(len(ranked), r.randint(2, 4))
    parts, obs = [], []
    for i, (p, n) in enumerate(ranked[:k]):
        parts.append(f"{n} seats went to {name_of(r, e, p)}" if i == 0
                     else f"{n} to {name_of(r, e, p)}")
        obs.append((p, n, None))
    tail = r.choice([f", {c['source']} reported", f", according to "
                     f"{c['source']}", ""])
    return cap(cov_prefix(r, c) + join_and(parts) + tail) + ".", obs


def t_headline(r, e, c, ranked):
    k = min(len(ranked), r.randint(3, 5))
    items = [(p, n) for p, n in ranked[:k]]
    sep = r.choice([", ", "; ", " | "])
    use_short = r.random() < 0.7

    def short(p):
        if use_short:
            return {"Independents": "Independents", "Others": "Others",
                    "Conservative": "Con", "Liberal Democrats": "LD",
                    "Labour": "Lab"}.get(p, p if p != "AITC" else "TMC")
        return cap(name_of(r, e, p).removeprefix("the "))

    body = sep.join(f"{short(p)} {n}" for p, n in items)
    lead = r.choice(["Results so far: ", "Party position: ", "LIVE: ",
                     f"{e['cname']} election results: ", ""])
    tail = ""
    if not c["final"] and r.random() < 0.5:
        tail = f" ({c['declared']}/{c['total']} declared)"
    return lead + body + tail, [(p, n, None) for p, n in items]


def t_bagged(r, e, c, ranked):
    (a, na), (b, nb) = ranked[0], ranked[1]
    obs = [(a, na, None), (b, nb, None)]
    s = (f"Results of {c['declared']} constituencies out of {c['total']} "
         f"were declared. {cap(name_of(r, e, a))} "
         f"{r.choice(['bagged', 'won', 'grabbed', 'clinched'])} {na} seats "
         f"while {name_of(r, e, b)} got {nb}")
    if len(ranked) > 2:
        p, n = ranked[2]
        s += f" and {name_of(r, e, p)} {n}"
        obs.append((p, n, None))
    s += "."
    if "Others" in dict(ranked) and r.random() < 0.4:
        n = dict(ranked)["Others"]
        s += f" {cap(name_of(r, e, 'Others'))} secured {n} seats."
        obs.append(("Others", n, None))
    return s, obs


def t_won_of(r, e, c, ranked):
    a, na = ranked[0]
    ch = r.choice(e["chamber"])
    if c["final"]:
        s = (f"{cap(name_of(r, e, a))} has won {na} of the {c['total']} "
             f"seats in the {ch}, according to {c['source']}.")
    else:
        s = (f"{cap(name_of(r, e, a))} had won {na} of the {c['declared']} "
             f"seats declared so far, according to {c['source']}.")
    return s, [(a, na, None)]


def t_parens(r, e, c, ranked):
    k = min(len(ranked), r.randint(3, 4))
    parts = [f"{name_of(r, e, p)} ({n})" for p, n in ranked[:k]]
    pre = (f"With {c['declared']} of {c['total']} seats declared"
           if not c["final"] else "With counting complete")
    s = (f"{pre}, the tally stood at {join_and(parts)}, "
         f"{c['source']} said.")
    return s, [(p, n, None) for p, n in ranked[:k]]


def t_colon_lines(r, e, c, ranked):
    k = min(len(ranked), r.randint(3, 5))
    head = r.choice([f"Party position ({c['source']}):",
                     "Seats won so far:", "State of the parties:"])
    lines = [f"{cap(name_of(r, e, p).removeprefix('the '))}: {n}"
             f"{r.choice([' seats', ''])}"
             for p, n in ranked[:k]]
    return head + "\n" + "\n".join(lines), [(p, n, None)
                                            for p, n in ranked[:k]]


def t_ahead_in(r, e, c, ranked):
    (a, na), (b, nb) = ranked[0], ranked[1]
    who = name_of(r, e, a)
    if not who.rstrip(",").endswith(("candidates", "independents")):
        who += " candidates"
    s = (f"{cap(who)} were ahead in {na} "
         f"constituencies and {name_of(r, e, b)} in {nb}, according to "
         f"early trends from {c['source']}.")
    return s, [(a, na, None), (b, nb, None)]


def t_secured(r, e, c, ranked):
    k = min(len(ranked), 3)
    parts = []
    for i, (p, n) in enumerate(ranked[:k]):
        parts.append(f"{name_of(r, e, p)} had secured {n} seats" if i == 0
                     else f"{name_of(r, e, p)} {n}")
    s = f"{cap(c['source'])} said {join_and(parts)}"
    if not c["final"]:
        s += f", with {c['total'] - c['declared']} results still to come"
    return s + ".", [(p, n, None) for p, n in ranked[:k]]


TEMPLATES = [t_lead_follow, t_respectively, t_went_to, t_headline, t_bagged,
             t_won_of, t_parens, t_colon_lines, t_ahead_in, t_secured]


def t_exit_poll(r, e, c):
    ep = e["exit_poll"]
    items = list(ep.items())
    pollster = r.choice(POLLSTERS[e["country"]])
    (a, (lo, hi)) = items[0]
    if lo == hi:
        s = (f"{cap(pollster)} projected {name_of(r, e, a)} to win {lo} "
             f"seats")
        obs = [(a, lo, None)]
    else:
        s = (f"{cap(pollster)} projected {name_of(r, e, a)} to win between "
             f"{lo} and {hi} seats")
        obs = [(a, lo, hi)]
    rest = []
    for p, (l2, h2) in items[1:3]:
        if l2 == h2:
            rest.append(f"{name_of(r, e, p)} at {l2}")
            obs.append((p, l2, None))
        else:
            rest.append(f"{name_of(r, e, p)} at {l2}-{h2}")
            obs.append((p, l2, h2))
    if rest:
        s += ", with " + join_and(rest)
    return s + ".", obs


def t_alliances(r, e, c, alliances):
    ranked = sorted(alliances.items(), key=lambda x: -x[1])
    (a, na), (b, nb) = ranked[0], ranked[1]
    s = r.choice([
        f"The {name_of(r, e, a).removeprefix('the ')} was leading in {na} "
        f"seats, while the {name_of(r, e, b).removeprefix('the ')} was "
        f"ahead in {nb}.",
        f"{cap(name_of(r, e, a))} crossed the majority mark with {na} seats "
        f"as {name_of(r, e, b)} won {nb}, {c['source']} said.",
    ])
    return s, [(a, na, None), (b, nb, None)]


def t_history(r, e):
    p, year, n = r.choice(HISTORY[e["country"]])
    s = r.choice([
        f"In {year}, {name_of(r, e, p)} won {n} seats.",
        f"{cap(name_of(r, e, p))} had taken {n} seats at the {year} "
        f"election.",
    ])
    return s, [(p, n, None)]


# --------------------------------------------------------------------------
# Filler: prose without tallies, with numbers that are not tallies.
# --------------------------------------------------------------------------

REGISTERED = {"PK": 128, "IN": 968, "GB": 48, "ZA": 27}  # millions

# Sentences without tallies.  Some carry numbers that are not seat tallies:
# votes, turnout, ages, years, counts of candidates, districts, police,
# majority marks and chamber sizes.
FILLER = [
    "Turnout stood at {pct1} percent, officials said, with {votes} votes "
    "cast out of {reg} million registered voters.",
    "\u201c{quote},\u201d {leader} told supporters in {city} on {wd}.",
    "More than {cands} candidates, including {women} women, were in the "
    "race for {total} seats in the {chamber}.",
    "Security was tight, with {police} police and troops deployed at "
    "{stations} polling stations.",
    "The {currency} {moved} {pct2}% against the dollar on {wd}, while the "
    "main stock index {moved2} {points} points.",
    "The last election, in {prev}, was marred by allegations of {abuse}, "
    "and {small} petitions are still pending.",
    "{leader}, {age}, has been in politics since {year}.",
    "Mobile phone services were suspended in {small2} districts for {hours} "
    "hours, the interior ministry said.",
    "A party needs {majority} seats for a simple majority in the {chamber}, "
    "which has {total} directly elected members.",
    "Analysts said the result would shape policy for the next {term} years, "
    "as the government negotiates a ${bn} billion programme with the IMF.",
    "\u201c{quote},\u201d said {title} who asked not to be named. "
    "\u201cIt is too early to say.\u201d",
    "Observers from {small2} countries monitored the vote, and a preliminary "
    "report is due in {days} days.",
    "Counting was delayed by up to {hours} hours in some constituencies in "
    "{city}, where {rejected} ballots were rejected.",
    "{leader} is expected to address a news conference in {city} on {wd} at "
    "{clock}, aides said.",
    "The winner of the seat polled {seatvotes} votes, a margin of {margin} "
    "over the runner-up, according to the returning officer.",
    "Some {pct3} percent of voters were under {under}, and {first} million "
    "people were voting for the first time.",
    "{leader} accused rivals of trying to steal the election, a charge they "
    "denied.",
    "Supporters gathered outside the party headquarters in {city}, waving "
    "flags and chanting slogans late into the night.",
    "The election commission said the delay was caused by technical problems "
    "with its results transmission system.",
    "Diplomats said talks on forming a coalition could begin within days, "
    "although no party has set out its conditions.",
    "The result is a setback for {leader}, who had campaigned on a promise of "
    "economic recovery and lower prices.",
    "International observers praised the conduct of polling staff but noted "
    "long queues and a shortage of ballot papers in {city}.",
    "{leader} did not respond to a request for comment.",
    "Party officials said they were examining results from several "
    "constituencies and would decide on their next steps on {wd}.",
    "The campaign was dominated by inflation, unemployment and security, "
    "with both main parties promising relief for households.",
    "Police fired tear gas to disperse protesters in {city}, witnesses said, "
    "and at least {small} people were detained.",
    "Analysts cautioned that early trends could change as counting "
    "progresses through the night.",
    "The outcome will be closely watched by investors and by neighbouring "
    "countries, which have urged a peaceful transfer of power.",
    "Voting took place between 8 am and {close} pm, and polling was extended "
    "by an hour at {small} stations after delays.",
    "The vote cost an estimated {bn} billion {currency}s to organise, the "
    "finance ministry said in {year2}.",
    "{leader} cast a ballot in {city} early on polling day and urged voters "
    "to turn out in large numbers.",
    "The {chamber} will meet within {days} days of the results being "
    "notified, under the constitution.",
]


def filler_values(r, e, date):
    co = e["country"]
    return {
        "leader": r.choice(LEADERS[co]), "city": r.choice(CITIES[co]),
        "wd": WEEKDAYS[date.weekday()], "chamber": e["chamber"][0],
        "quote": r.choice(QUOTES), "title": r.choice(OFFICIAL_TITLES),
        "total": e["total"], "majority": e["total"] // 2 + 1,
        "prev": e["prev"], "currency": CURRENCY[co],
        "pct1": f"{r.uniform(40, 70):.1f}",
        "votes": nice(int(REGISTERED[co] * r.uniform(0.4, 0.7) * 1e6)),
        "reg": REGISTERED[co], "cands": nice(r.randint(2000, 8000)),
        "women": r.randint(100, 900), "police": nice(r.randint(50, 700) * 1000),
        "stations": nice(r.randint(20_000, 1_000_000)),
        "moved": r.choice(["fell", "rose"]),
        "moved2": r.choice(["dropped", "gained"]),
        "pct2": f"{r.uniform(0.1, 2.5):.1f}", "points": nice(r.randint(100, 3000)),
        "abuse": r.choice(["rigging", "vote buying", "intimidation"]),
        "small": r.randint(2, 40), "small2": r.randint(5, 90),
        "age": r.randint(35, 80), "year": r.randint(1970, 2012),
        "year2": date.year - 1, "hours": r.randint(2, 36),
        "term": r.choice([4, 5]), "bn": f"{r.randint(2, 9)}.{r.randint(0, 9)}",
        "days": r.randint(2, 21), "rejected": nice(r.randint(1000, 90000)),
        "clock": f"{r.randint(1, 11)} {r.choice(['am', 'pm'])}",
        "seatvotes": nice(r.randint(30_000, 250_000)),
        "margin": nice(r.randint(100, 90_000)), "pct3": r.randint(20, 60),
        "under": r.choice([30, 35, 40]), "first": r.randint(2, 99) if co != "IN"
        else r.randint(10, 180), "close": r.choice([5, 6, 10]),
    }


def filler_sentences(r, e, date):
    """Yields filler sentences, each template at most once per round."""
    v = filler_values(r, e, date)
    while True:
        deck = list(range(len(FILLER)))
        r.shuffle(deck)
        for k in deck:
            v["leader"] = r.choice(LEADERS[e["country"]])
            v["city"] = r.choice(CITIES[e["country"]])
            yield FILLER[k].format(**v)
        v = filler_values(r, e, date)


def lede(r, e, date, has_tally):
    co = e["country"]
    leader = r.choice(LEADERS[co])
    wd = WEEKDAYS[date.weekday()]
    if has_tally:
        return r.choice([
            f"Vote counting continued in {e['cname']} on {wd} after a "
            f"general election that {leader} said would decide the "
            f"country's future.",
            f"{leader} claimed victory on {wd} as results trickled in from "
            f"across {e['cname']}.",
            f"Early results from {e['cname']}'s general election pointed to "
            f"a fragmented parliament, raising the prospect of weeks of "
            f"coalition talks.",
        ])
    return r.choice([
        f"{leader} urged calm on {wd} as {e['cname']} awaited the outcome "
        f"of a tense general election.",
        f"Foreign governments called on {e['cname']}'s authorities to "
        f"publish complete results without delay.",
        f"Markets in {e['cname']} swung sharply on {wd} as investors "
        f"weighed the election outcome.",
        f"Opposition parties in {e['cname']} alleged irregularities in the "
        f"vote and demanded a recount in several districts.",
    ])


def headline(r, e):
    return r.choice([
        f"{e['cname']} election: counting continues",
        f"{e['cname']} votes: what we know so far",
        f"Live updates: {e['cname']} election results",
        f"{e['cname']} braces for coalition talks",
    ])


def dateline(r, e, date):
    city = r.choice(CITIES[e["country"]])
    agency = r.choice(AGENCIES)
    k = r.randrange(6)
    if k == 0:
        return f"{city.upper()}, {month_day(r, date)} ({agency}) - "
    if k == 1:
        return f"{city}, {month_day(r, date)} ({agency}) \u2014 "
    if k == 2:
        return f"{city.upper()} ({agency}) \u2013 "
    if k == 3:
        return f"{city} [{e['cname']}], {MONTHS[date.month - 1]} {date.day} ({agency}): "
    if k == 4:
        return f"{city}, {month_day(r, date, with_year=True)} \u2014 "
    return f"{city.upper()}: "


# --------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------

def pick_election(r):
    total = sum(e["weight"] for e in ELECTIONS)
    x = r.uniform(0, total)
    for e in ELECTIONS:
        x -= e["weight"]
        if x <= 0:
            return e
    return ELECTIONS[-1]


def tally_passages(r, e, date, stage_final, declared):
    """One to three tally passages for this article."""
    src = r.choice(SOURCES[e["country"]])
    c = dict(final=stage_final, declared=declared, total=e["total"],
             source=src)
    out = []
    if date < dt.date(*e["day"]) + dt.timedelta(days=1) and "exit_poll" in e:
        out.append(t_exit_poll(r, e, c))
        if r.random() < 0.6:
            return out
    base = e["final"] if stage_final else partial_counts(
        r, e["final"], declared, e["total"])
    # Parties by seats; "Others" (when kept) always comes last.
    ranked = sorted(((p, n) for p, n in base.items()
                     if n > 0 and p != "Others"), key=lambda x: -x[1])
    if base.get("Others", 0) > 0 and r.random() < 0.5:
        ranked.append(("Others", base["Others"]))
    if len(ranked) < 2:
        return out
    for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
        out.append(r.choice(TEMPLATES)(r, e, c, ranked))
    if "alliances" in e and r.random() < 0.35:
        al = e["alliances"] if stage_final else partial_counts(
            r, e["alliances"], declared, e["total"])
        al = {p: n for p, n in al.items() if p != "Others"}
        out.append(t_alliances(r, e, c, al))
    if r.random() < 0.15:
        text, obs = t_history(r, e)
        out.append((text, [(p, n, m, True) for p, n, m in obs]))
    return out


def make_article(seed, i, no_tally_share):
    r = random.Random(f"{seed}:{i}")
    e = pick_election(r)
    lo, hi = e["report_days"]
    date = dt.date(*e["day"]) + dt.timedelta(days=r.randint(lo, hi))
    has_tally = r.random() >= no_tally_share
    target = int(r.triangular(1000, 5000, 2400))

    paras = []
    passages = []
    if has_tally:
        days_after = (date - dt.date(*e["day"])).days
        stage_final = days_after >= 2 and r.random() < 0.6
        declared = e["total"] if stage_final else r.randint(
            max(10, e["total"] // 10), e["total"] - 5)
        passages = tally_passages(r, e, date, stage_final, declared)

    first = lede(r, e, date, has_tally)
    style = r.random()
    if style < 0.45:
        head = f" date {date.isoformat()} "
    elif style < 0.55:
        head = f" date {date.isoformat()} " + dateline(r, e, date)
    elif style < 0.85:
        head = dateline(r, e, date)
    else:
        head = ""
    if r.random() < 0.2:
        # A headline line first; a header still goes on line one.
        if head.startswith(" date"):
            paras.append(head + headline(r, e))
            head = ""
        else:
            paras.append(headline(r, e))
    paras.append(head + first)

    # Body: paragraphs of one to four sentences.  Tally sentences are mixed
    # into paragraphs; list-like passages (headline lists, "Party: N" lines)
    # stand alone.
    sentences = filler_sentences(r, e, date)
    size = sum(len(p) + 2 for p in paras) + sum(len(t) + 2
                                               for t, _ in passages)
    body = []
    while size < target or not body:
        n = r.choice([1, 2, 2, 3, 3, 4])
        chunk = []
        for _ in range(n):
            s = next(sentences)
            chunk.append(s)
            size += len(s) + 1
            if size >= target:
                break
        body.append(chunk)
    for text, _obs in passages:
        if "\n" in text or not text.endswith("."):
            body.insert(r.randint(0, len(body)), [text])
        else:
            chunk = body[r.randrange(len(body))]
            chunk.insert(r.randint(0, len(chunk)), text)
    paras.extend(" ".join(chunk) for chunk in body)

    sep = "\n\n" if r.random() < 0.7 else "\n"
    text = sep.join(paras) + "\n"

    tallies = []
    for _text, obs in passages:
        for o in obs:
            hist = len(o) > 3 and o[3]
            tallies.append({"party": o[0], "seats": o[1], "seats_max": o[2],
                            "historical": bool(hist)})
    meta = {"election": e["key"], "date": date.isoformat(),
            "tallies": tallies}
    tag = r.getrandbits(32)
    return text.encode("utf-8"), meta, tag


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Generate a synthetic election-news corpus for tally.")
    ap.add_argument("--seed", type=int, default=1)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--files", type=int, help="number of articles")
    g.add_argument("--target-mb", type=float,
                   help="generate until this many MB (10^6 bytes) are written")
    ap.add_argument("--out", required=True, help="output directory "
                    "(created; must be empty or missing)")
    ap.add_argument("--per-dir", type=int, default=1000,
                    help="files per subdirectory (max 1000 by default)")
    ap.add_argument("--no-tally-share", type=float, default=0.35,
                    help="share of articles without any tally (0.35)")
    ap.add_argument("--manifest", help="write per-article intended tallies "
                    "as JSON Lines to this file")
    ap.add_argument("--quiet", action="store_true",
                    help="print only the final summary")
    a = ap.parse_args(argv)
    if a.files is not None and a.files < 0:
        ap.error("--files must be >= 0")
    if a.per_dir < 1:
        ap.error("--per-dir must be >= 1")

    if os.path.isdir(a.out) and os.listdir(a.out):
        print(f"gen_corpus: {a.out} exists and is not empty; refusing to "
              f"mix corpora", file=sys.stderr)
        return 2
    os.makedirs(a.out, exist_ok=True)

    limit_bytes = int(a.target_mb * 1_000_000) if a.target_mb else None
    manifest = open(a.manifest, "w", encoding="utf-8") if a.manifest else None
    files = total = with_tally = tallies = 0
    dirs = 0
    cur_dir = None
    i = 0
    try:
        while True:
            if a.files is not None and i >= a.files:
                break
            if limit_bytes is not None and total >= limit_bytes:
                break
            d = i // a.per_dir
            if d != cur_dir:
                cur_dir = d
                dpath = os.path.join(a.out, f"{d:04d}")
                os.makedirs(dpath, exist_ok=True)
                dirs += 1
            data, meta, tag = make_article(a.seed, i, a.no_tally_share)
            name = f"{i:08d}_{tag:08x}.txt"
            with open(os.path.join(dpath, name), "wb") as fh:
                fh.write(data)
            files += 1
            total += len(data)
            if meta["tallies"]:
                with_tally += 1
                tallies += len(meta["tallies"])
            if manifest:
                meta["file"] = os.path.join(a.out, f"{d:04d}", name)
                manifest.write(json.dumps(meta) + "\n")
            i += 1
            if not a.quiet and i % 10000 == 0:
                print(f"  {i} files, {total / 1e6:.1f} MB", file=sys.stderr)
    finally:
        if manifest:
            manifest.close()

    print(f"corpus: {a.out}")
    print(f"seed: {a.seed}")
    print(f"files: {files} in {dirs} directories")
    print(f"bytes: {total} ({total / 1e6:.2f} MB)")
    if files:
        print(f"mean article: {total / files:.0f} bytes")
        print(f"with tallies: {with_tally} ({100 * with_tally / files:.1f}%),"
              f" intended tally figures: {tallies}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
