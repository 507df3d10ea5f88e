#pragma once
// Internal: the word lists that drive extraction. Each list is a closed class of English words.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>
#include <iterator>
#include <string_view>

namespace tally::detail {

/// True when w is one of the words in list (a linear scan; for short or rarely used lists).
/// Most words are in no list and differ from each entry in length or first byte: those are compared first.
template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  const std::size_t n = w.size();
  if (n == 0) return std::find(std::begin(list), std::end(list), w) != std::end(list);
  const char first = w[0];
  for (std::string_view x : list) {
    if (x.size() == n && x[0] == first && std::memcmp(x.data() + 1, w.data() + 1, n - 1) == 0) return true;
  }
  return false;
}

/// A fixed set of strings, each mapped to a number, looked up without allocating, with a cheap hash.
/// Most words are short: a key of up to 16 bytes is held as two 64-bit integers, and a probe compares
/// integers instead of calling memcmp; longer keys are compared byte by byte. Open addressing, linear
/// probing, at most half full.
class WordTable {
 public:
  /// filter_bits: size of the prefilter, a power of two (a few bits per key is plenty).
  explicit WordTable(std::size_t filter_bits = std::size_t{1} << 12)
      : filter_mask_(filter_bits - 1), filter_((filter_bits + 63) / 64) {}
  /// Adds key with value (the first value given for a key is kept).
  void add(std::string_view key, std::uint32_t value) {
    if (find(key) >= 0) return;
    keys_.emplace_back(key);
    values_.push_back(value);
    if (2 * keys_.size() > slots_.size()) {
      rebuild();
    } else {
      place(static_cast<std::uint32_t>(keys_.size() - 1));
    }
  }
  /// The value of w, or -1.
  std::int64_t find(std::string_view w) const {
    if (slots_.empty() || w.empty()) {
      if (w.empty() && has_empty_) return values_[empty_index_];
      return -1;
    }
    // Most words looked up are in no table: a bit per (length, first byte, last byte) turns them away
    // before the key is loaded and hashed.
    std::size_t b = sketch(w);
    if (!((filter_[b >> 6] >> (b & 63)) & 1)) return -1;
    Key k = load(w);
    for (std::size_t i = hash(k) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return -1;
      if (s.key.a == k.a && s.key.b == k.b && s.key.len == k.len &&
          (k.len <= 16 || std::string_view(keys_[s.index]) == w))
        return values_[s.index];
    }
  }
  bool contains(std::string_view w) const { return find(w) >= 0; }
  std::size_t size() const { return keys_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Key {
    std::uint64_t a = 0, b = 0;
    std::size_t len = 0;
  };
  struct Slot {
    Key key;
    std::uint32_t index = kEmpty;
  };
  static Key load(std::string_view w) {
    Key k;
    k.len = w.size();
    std::size_t n = std::min<std::size_t>(w.size(), 8);
    std::memcpy(&k.a, w.data(), n);
    if (w.size() > 8) std::memcpy(&k.b, w.data() + 8, std::min<std::size_t>(w.size() - 8, 8));
    return k;
  }
  std::size_t sketch(std::string_view w) const {
    auto first = static_cast<unsigned char>(w.front()), last = static_cast<unsigned char>(w.back());
    return ((first * 0x9Du) ^ (last * 0x3Bu << 5) ^ (std::min<std::size_t>(w.size(), 31) << 11)) & filter_mask_;
  }
  static std::size_t hash(const Key& k) {
    std::uint64_t h = (k.a ^ (k.b * 0x9E3779B97F4A7C15ull) ^ k.len) * 0xD6E8FEB86659FD93ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  void rebuild() {
    std::size_t n = 16;
    while (n < 4 * keys_.size()) n *= 2;
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (std::uint32_t x = 0; x < keys_.size(); ++x) place(x);
  }
  void place(std::uint32_t x) {
    const std::string& key = keys_[x];
    if (key.empty()) {
      if (!has_empty_) has_empty_ = true, empty_index_ = x;
      return;
    }
    std::size_t b = sketch(key);
    filter_[b >> 6] |= std::uint64_t{1} << (b & 63);
    Key k = load(key);
    std::size_t i = hash(k) & mask_;
    while (slots_[i].index != kEmpty) i = (i + 1) & mask_;
    slots_[i] = Slot{k, x};
  }
  std::vector<std::string> keys_;
  std::vector<std::uint32_t> values_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t filter_mask_;
  std::vector<std::uint64_t> filter_;
  bool has_empty_ = false;
  std::uint32_t empty_index_ = 0;
};

/// True when w is one of the words in List: a WordTable built once per list, for the hot path.
/// Most words are in no list: a mask of the lengths and first letters in the list rejects them before hashing.
template <const auto& List>
bool in_set(std::string_view w) {
  struct Set {
    WordTable words;
    std::uint64_t lengths = 0;
    std::uint64_t firsts[4] = {0, 0, 0, 0};
    Set() {
      for (std::string_view x : List) {
        words.add(x, 0);
        lengths |= std::uint64_t{1} << std::min<std::size_t>(x.size(), 63);
        if (!x.empty()) firsts[static_cast<unsigned char>(x[0]) >> 6] |= std::uint64_t{1} << (static_cast<unsigned char>(x[0]) & 63);
      }
    }
  };
  static const Set set;
  if (w.empty() || !((set.lengths >> std::min<std::size_t>(w.size(), 63)) & 1)) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (!((set.firsts[c >> 6] >> (c & 63)) & 1)) return false;
  return set.words.contains(w);
}

// Nouns that make a number a count of seats.
inline constexpr std::string_view kSeatNounList[] = {
    "seat", "seats", "constituency", "constituencies", "ridings", "riding", "mandates", "mandate",
    "wards", "berths", "spots", "places", "races", "mps", "mnas", "mlas", "senators", "lawmakers", "legislators",
    "members", "councillors", "representatives", "deputies", "mandates"};
// Nouns that make a number something else.
inline constexpr std::string_view kOtherNounList[] = {
    "vote", "votes", "ballot", "ballots", "candidate", "candidates", "voter", "voters", "people", "persons",
    "percent", "per", "pc", "percentage", "points", "point", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "hour", "hours", "minute", "minutes", "million", "billion", "trillion", "crore", "crores",
    "lakh", "lakhs", "rupees", "rs", "dollars", "usd", "pounds", "rand", "euros", "taka", "pages", "page",
    "polling", "stations", "booths", "booth", "women", "men", "youth", "member", "strong",
    "rallies", "rally", "troops", "officers", "personnel", "soldiers", "police", "policemen", "deaths",
    "dead", "killed", "injured", "arrests", "arrested", "cases", "complaints", "petitions", "times",
    "districts", "district", "states", "provinces", "parties", "observers", "journalists", "staff",
    "workers", "officials", "centuries", "century", "decades", "decade", "generations", "km", "kilometres", "kilometers", "miles", "am", "pm", "gmt", "ist", "pkt",
    "children", "supporters", "protesters", "citizens", "residents", "registered", "turnout", "margin",
    "lead", "majority", "shares", "share", "kg", "tonnes", "delegates", "electors", "tweets", "posts", "views", "followers", "copies", "incidents",
    "rounds", "round", "phases", "phase", "terms", "term", "elections", "election", "polls", "parliaments",
    "governments", "ministers", "cabinet", "judges", "bench", "counts", "recounts", "recount", "pct",
    "councils", "municipalities", "mayoralties", "governorships", "mayors", "governors", "cities", "towns",
    "counties", "regions", "countries"};
// Verbs and words between a party and its number that mean a count of seats.
inline constexpr std::string_view kTallyCueList[] = {
    "won", "win", "wins", "winning", "bagged", "bag", "bags", "bagging", "secured", "secure", "secures",
    "securing", "clinched", "clinch", "clinches", "captured", "captures", "capture", "took", "takes", "take",
    "taking", "grabbed", "grabs", "got", "gets", "get", "getting", "leading", "leads", "lead", "led", "ahead",
    "tally", "tallies", "seats", "seat", "bagged", "claimed", "claims", "pocketed", "swept", "emerged",
    "holds", "held", "has", "had", "have", "stood", "stands", "finished", "ended", "trailing", "trails",
    "trailed", "followed", "garnered", "netted", "scooped", "returned", "elected", "picked", "managed",
    "tally", "count", "projected", "expected", "predicted", "forecast", "set", "poised", "likely", "with",
    "on", "at", "total", "count", "winners", "victorious", "victories", "wins"};
// Words between a party and its number (after the last comma) that make the number a size, a need or
// something other than seats held.
inline constexpr std::string_view kBlockingGapList[] = {
    "contested", "contest", "contesting", "contests", "fielded", "fielding", "fields", "needs", "need",
    "needed", "require", "requires", "required", "majority", "short", "shy", "aged", "age", "magic",
    "threshold", "halfway", "vacant", "reserved", "nominated", "postponed", "countermanded", "polled",
    "spent", "paid", "cost", "costs", "fined", "sentenced", "jailed", "born", "founded", "formed", "since",
    "registered", "fielded", "announced", "named", "nominates", "nominee", "nominees", "tickets", "ticket",
    "aspirants", "percent", "percentage", "share", "swing", "turnout", "would", "could", "might", "vacated", "fill", "filling", "target", "aim", "aims", "aiming", "hoped", "hopes", "hoping", "targeted", "targeting", "goal"};
// Words right before a number that make it a change rather than a tally: "gained 20", "up 12", "by 5".
inline constexpr std::string_view kChangeBeforeList[] = {
    "gained", "gain", "gains", "gaining", "lost", "lose", "loses", "losing", "dropped", "drop", "drops", "shed",
    "sheds", "fell", "slipped", "slumped", "added", "adding", "adds", "decreased", "increased", "rose",
    "surged", "jumped", "climbed", "plunged", "declined", "improved", "dipped", "down", "up", "net", "minus",
    "plus", "extra", "additional", "by", "reducing", "reduced", "cut", "flipped", "snatched", "wrested",
    "worth", "until", "till", "another", "further", "including", "includes", "included", "among"};
// Verbs of change that, before "to", announce the new level: "rose to 120".
inline constexpr std::string_view kChangeToList[] = {
    "rose", "risen", "fell", "fallen", "dropped", "slipped", "slumped", "climbed", "jumped", "surged",
    "increased", "decreased", "declined", "reduced", "improved", "grew", "grown", "shrank", "plunged", "up",
    "down", "dipped", "went", "moved", "edged", "crept", "inched"};
// Words that make a number before "seats" a change: "20 more seats".
/// Words that say seats were declared: "all 650 seats declared", "has declared all 50", "(84 seats, all declared)".
inline constexpr std::string_view kDeclaringList[] = {"declared", "counted", "called",    "announced", "tallied",
                                                      "allocated", "decided", "confirmed", "filled"};
inline constexpr std::string_view kChangeAfterList[] = {"more", "fewer", "less", "additional", "extra", "new"};
inline constexpr std::string_view kLeadingList[] = {
    "leading", "leads", "lead", "ahead", "trailing", "trails", "trailed", "led", "leaders", "trends"};
inline constexpr std::string_view kWonList[] = {
    "won", "win", "wins", "winning", "bagged", "secured", "clinched", "captured", "took", "grabbed", "swept",
    "claimed", "pocketed", "netted", "scooped", "garnered", "elected", "returned", "victorious", "victories"};
inline constexpr std::string_view kMonthList[] = {
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
// Endings that make a capitalised name a party.
inline constexpr std::string_view kPartyKeywordList[] = {
    "party", "league", "congress", "front", "alliance", "movement", "union", "democrats", "conference",
    "forum", "bloc", "coalition", "federation", "sena", "dal", "morcha", "kazhagam", "samithi", "samiti",
    "fighters", "republicans", "socialists", "liberals", "conservatives", "greens", "labour", "unionists",
    "pact", "parishad", "manch", "sangh", "tehreek", "jamaat", "ittehad", "mahaz", "council", "paksha", "katchi"};
// Words in a name that make it a news outlet, an electoral body, an observer or a pollster.
inline constexpr std::string_view kMediaKeywordList[] = {
    "news", "times", "post", "tv", "television", "radio", "daily", "herald", "tribune", "express", "journal",
    "gazette", "star", "mail", "telegraph", "agency", "broadcasting", "channel", "media", "press", "chronicle",
    "observer", "standard", "nation", "dispatch", "today", "insider", "wire", "reporter"};
inline constexpr std::string_view kBodyKeywordList[] = {
    "commission", "board", "secretariat", "tribunal", "registrar", "authority", "commissioner"};
inline constexpr std::string_view kObserverKeywordList[] = {
    "network", "watch", "monitor", "monitors", "monitoring", "institute", "foundation", "mission", "centre",
    "center", "coalition", "observatory", "society", "platform", "initiative", "situation", "room"};
inline constexpr std::string_view kPollsterKeywordList[] = {
    "poll", "polls", "survey", "surveys", "research", "insights", "analytics", "pollster", "polling"};
// Words after a source that attribute a count to it.
inline constexpr std::string_view kAttributionAfterList[] = {
    "reported", "reports", "report", "said", "says", "say", "projected", "projects", "projection",
    "projections", "showed", "shows", "show", "announced", "announces", "declared", "declares", "released",
    "releases", "data", "figures", "figure", "tally", "tallies", "count", "counts", "results", "result",
    "predicted", "predicts", "predict", "forecast", "forecasts", "estimated", "estimates", "estimate",
    "exit", "published", "publishes", "put", "puts", "gave", "gives", "called", "calls", "compiled",
    "website", "updates", "update", "numbers", "has", "had", "trends", "according", "tallied", "tabulated"};
// Words just before a source that attribute a count to it.
inline constexpr std::string_view kAttributionBeforeList[] = {
    "to", "per", "by", "from", "citing", "cited", "quoting", "quoted", "of"};
inline constexpr std::string_view kResultWordList[] = {
    "results", "result", "count", "counts", "tally", "tallies", "figures", "numbers", "data", "returns", "trends",
    "projection", "projections", "declared", "counting", "seats", "constituencies", "poll", "polls"};


// Countries named in a text (names, demonyms, capitals as in datelines), lower case, apostrophes dropped,
// mapped to ISO 3166 codes: the country of an article when its parties do not settle it.
inline constexpr std::pair<std::string_view, std::string_view> kCountryNameList[] = {
    {"pakistan", "PK"}, {"pakistani", "PK"}, {"pakistans", "PK"}, {"islamabad", "PK"}, {"india", "IN"},
    {"indian", "IN"}, {"indias", "IN"}, {"delhi", "IN"}, {"britain", "GB"}, {"british", "GB"}, {"uk", "GB"},
    {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"london", "GB"}, {"africa", "ZA"},
    {"johannesburg", "ZA"}, {"pretoria", "ZA"}, {"germany", "DE"}, {"german", "DE"}, {"germanys", "DE"},
    {"berlin", "DE"}, {"france", "FR"}, {"french", "FR"}, {"frances", "FR"}, {"paris", "FR"}, {"italy", "IT"},
    {"italian", "IT"}, {"rome", "IT"}, {"spain", "ES"}, {"spanish", "ES"}, {"spains", "ES"}, {"madrid", "ES"},
    {"portugal", "PT"}, {"portuguese", "PT"}, {"lisbon", "PT"}, {"netherlands", "NL"}, {"dutch", "NL"},
    {"amsterdam", "NL"}, {"hague", "NL"}, {"sweden", "SE"}, {"swedish", "SE"}, {"stockholm", "SE"},
    {"norway", "NO"}, {"norwegian", "NO"}, {"oslo", "NO"}, {"denmark", "DK"}, {"danish", "DK"},
    {"copenhagen", "DK"}, {"poland", "PL"}, {"polish", "PL"}, {"polands", "PL"}, {"warsaw", "PL"},
    {"hungary", "HU"}, {"hungarian", "HU"}, {"budapest", "HU"}, {"austria", "AT"}, {"austrian", "AT"},
    {"vienna", "AT"}, {"ireland", "IE"}, {"irish", "IE"}, {"dublin", "IE"}, {"israel", "IL"}, {"israeli", "IL"},
    {"israels", "IL"}, {"jerusalem", "IL"}, {"turkey", "TR"}, {"turkish", "TR"}, {"turkiye", "TR"},
    {"ankara", "TR"}, {"japan", "JP"}, {"japanese", "JP"}, {"japans", "JP"}, {"tokyo", "JP"}, {"korea", "KR"},
    {"korean", "KR"}, {"seoul", "KR"}, {"taiwan", "TW"}, {"taiwanese", "TW"}, {"taipei", "TW"},
    {"indonesia", "ID"}, {"indonesian", "ID"}, {"jakarta", "ID"}, {"malaysia", "MY"}, {"malaysian", "MY"},
    {"kuala", "MY"}, {"philippines", "PH"}, {"philippine", "PH"}, {"filipino", "PH"}, {"manila", "PH"},
    {"thailand", "TH"}, {"thai", "TH"}, {"bangkok", "TH"}, {"bangladesh", "BD"}, {"bangladeshi", "BD"},
    {"dhaka", "BD"}, {"nepal", "NP"}, {"nepali", "NP"}, {"nepalese", "NP"}, {"kathmandu", "NP"},
    {"lanka", "LK"}, {"lankan", "LK"}, {"colombo", "LK"}, {"mexico", "MX"}, {"mexican", "MX"}, {"brazil", "BR"},
    {"brazilian", "BR"}, {"brasilia", "BR"}, {"argentina", "AR"}, {"argentine", "AR"}, {"aires", "AR"},
    {"nigeria", "NG"}, {"nigerian", "NG"}, {"abuja", "NG"}, {"lagos", "NG"}, {"kenya", "KE"}, {"kenyan", "KE"},
    {"nairobi", "KE"}, {"ghana", "GH"}, {"ghanaian", "GH"}, {"accra", "GH"}, {"zimbabwe", "ZW"},
    {"zimbabwean", "ZW"}, {"harare", "ZW"}, {"senegal", "SN"}, {"senegalese", "SN"}, {"dakar", "SN"},
    {"canada", "CA"}, {"canadian", "CA"}, {"ottawa", "CA"}, {"australia", "AU"}, {"australian", "AU"},
    {"canberra", "AU"}, {"zealand", "NZ"}, {"wellington", "NZ"}, {"america", "US"}, {"american", "US"},
    // large cities that open datelines
    {"washington", "US"}, {"karachi", "PK"}, {"lahore", "PK"}, {"peshawar", "PK"}, {"quetta", "PK"},
    {"mumbai", "IN"}, {"kolkata", "IN"}, {"chennai", "IN"}, {"bengaluru", "IN"}, {"lucknow", "IN"}, {"patna", "IN"},
    {"durban", "ZA"}, {"edinburgh", "GB"}, {"cardiff", "GB"}, {"munich", "DE"}, {"hamburg", "DE"},
    {"toronto", "CA"}, {"montreal", "CA"}, {"vancouver", "CA"}, {"sydney", "AU"}, {"melbourne", "AU"},
    {"auckland", "NZ"}, {"osaka", "JP"}, {"istanbul", "TR"}, {"barcelona", "ES"}, {"milan", "IT"},
    {"rotterdam", "NL"}, {"chittagong", "BD"}, {"mombasa", "KE"}, {"kano", "NG"},
    // more countries: names, demonyms and capitals (one word each)
    {"chile", "CL"}, {"chilean", "CL"}, {"santiago", "CL"}, {"colombia", "CO"}, {"colombian", "CO"}, {"bogota", "CO"},
    {"bogotá", "CO"}, {"peru", "PE"}, {"peruvian", "PE"}, {"lima", "PE"}, {"venezuela", "VE"}, {"venezuelan", "VE"},
    {"caracas", "VE"}, {"ecuador", "EC"}, {"ecuadorian", "EC"}, {"quito", "EC"}, {"bolivia", "BO"}, {"bolivian", "BO"},
    {"uruguay", "UY"}, {"uruguayan", "UY"}, {"montevideo", "UY"}, {"paraguay", "PY"}, {"paraguayan", "PY"},
    {"jamaica", "JM"}, {"jamaican", "JM"}, {"trinidad", "TT"}, {"tobago", "TT"}, {"barbados", "BB"}, {"belize", "BZ"}, {"belizean", "BZ"}, {"belmopan", "BZ"}, {"angola", "AO"}, {"angolan", "AO"}, {"luanda", "AO"},
    {"solomon", "SB"}, {"honiara", "SB"}, {"bishkek", "KG"}, {"kyrgyz", "KG"}, {"podgorica", "ME"}, {"montenegrin", "ME"},
    {"thimphu", "BT"}, {"bhutanese", "BT"}, {"valletta", "MT"}, {"vanuatuan", "VU"}, {"guatemalan", "GT"},
    {"nauru", "NR"}, {"kiribati", "KI"}, {"tuvalu", "TV"}, {"palau", "PW"}, {"conakry", "GN"},
    {"ouagadougou", "BF"}, {"burkinabe", "BF"}, {"chad", "TD"}, {"chadian", "TD"}, {"sudan", "SD"}, {"sudanese", "SD"},
    {"syria", "SY"}, {"syrian", "SY"}, {"astana", "KZ"}, {"uzbekistan", "UZ"}, {"uzbek", "UZ"}, {"tashkent", "UZ"},
    {"tajikistan", "TJ"}, {"kabul", "AF"}, {"yangon", "MM"}, {"naypyidaw", "MM"}, {"laos", "LA"}, {"lao", "LA"},
    {"vientiane", "LA"}, {"hanoi", "VN"}, {"brunei", "BN"}, {"dili", "TL"}, {"kosovo", "XK"}, {"pristina", "XK"},
    {"chisinau", "MD"},
    {"guyana", "GY"}, {"guyanese", "GY"}, {"cuba", "CU"}, {"cuban", "CU"}, {"haiti", "HT"}, {"panama", "PA"},
    {"guatemala", "GT"}, {"honduras", "HN"}, {"belgium", "BE"}, {"belgian", "BE"}, {"brussels", "BE"},
    {"flemish", "BE"}, {"wallonia", "BE"}, {"czech", "CZ"}, {"czechia", "CZ"}, {"prague", "CZ"}, {"slovakia", "SK"},
    {"slovak", "SK"}, {"bratislava", "SK"}, {"slovenia", "SI"}, {"slovenian", "SI"}, {"ljubljana", "SI"},
    {"croatia", "HR"}, {"croatian", "HR"}, {"zagreb", "HR"}, {"serbia", "RS"}, {"serbian", "RS"}, {"belgrade", "RS"},
    {"bosnia", "BA"}, {"sarajevo", "BA"}, {"montenegro", "ME"}, {"albania", "AL"}, {"albanian", "AL"},
    {"tirana", "AL"}, {"macedonia", "MK"}, {"skopje", "MK"}, {"bulgaria", "BG"}, {"bulgarian", "BG"},
    {"sofia", "BG"}, {"romania", "RO"}, {"romanian", "RO"}, {"bucharest", "RO"}, {"moldova", "MD"},
    {"moldovan", "MD"}, {"ukraine", "UA"}, {"ukrainian", "UA"}, {"kyiv", "UA"}, {"belarus", "BY"}, {"russia", "RU"},
    {"russian", "RU"}, {"moscow", "RU"}, {"armenia", "AM"}, {"armenian", "AM"}, {"yerevan", "AM"},
    {"azerbaijan", "AZ"}, {"baku", "AZ"}, {"tbilisi", "GE"}, {"greece", "GR"}, {"greek", "GR"}, {"athens", "GR"},
    {"cyprus", "CY"}, {"cypriot", "CY"}, {"nicosia", "CY"}, {"malta", "MT"}, {"maltese", "MT"}, {"finland", "FI"},
    {"finnish", "FI"}, {"helsinki", "FI"}, {"iceland", "IS"}, {"icelandic", "IS"}, {"reykjavik", "IS"},
    {"estonia", "EE"}, {"estonian", "EE"}, {"tallinn", "EE"}, {"latvia", "LV"}, {"latvian", "LV"}, {"riga", "LV"},
    {"lithuania", "LT"}, {"lithuanian", "LT"}, {"vilnius", "LT"}, {"luxembourg", "LU"}, {"switzerland", "CH"},
    {"swiss", "CH"}, {"bern", "CH"}, {"iraq", "IQ"}, {"iraqi", "IQ"}, {"baghdad", "IQ"}, {"iran", "IR"},
    {"iranian", "IR"}, {"tehran", "IR"}, {"lebanon", "LB"}, {"lebanese", "LB"}, {"beirut", "LB"}, {"jordan", "JO"},
    {"jordanian", "JO"}, {"amman", "JO"}, {"kuwait", "KW"}, {"kuwaiti", "KW"}, {"egypt", "EG"}, {"egyptian", "EG"},
    {"cairo", "EG"}, {"tunisia", "TN"}, {"tunisian", "TN"}, {"tunis", "TN"}, {"algeria", "DZ"}, {"algerian", "DZ"},
    {"algiers", "DZ"}, {"morocco", "MA"}, {"moroccan", "MA"}, {"rabat", "MA"}, {"libya", "LY"}, {"zambia", "ZM"},
    {"zambian", "ZM"}, {"lusaka", "ZM"}, {"malawi", "MW"}, {"malawian", "MW"}, {"lilongwe", "MW"},
    {"blantyre", "MW"}, {"mozambique", "MZ"}, {"maputo", "MZ"}, {"namibia", "NA"}, {"namibian", "NA"},
    {"windhoek", "NA"}, {"botswana", "BW"}, {"gaborone", "BW"}, {"tanzania", "TZ"}, {"tanzanian", "TZ"},
    {"dodoma", "TZ"}, {"uganda", "UG"}, {"ugandan", "UG"}, {"kampala", "UG"}, {"rwanda", "RW"}, {"kigali", "RW"},
    {"ethiopia", "ET"}, {"ethiopian", "ET"}, {"cameroon", "CM"}, {"yaounde", "CM"}, {"abidjan", "CI"},
    {"ivorian", "CI"}, {"leone", "SL"}, {"freetown", "SL"}, {"liberia", "LR"}, {"liberian", "LR"},
    {"monrovia", "LR"}, {"gambia", "GM"}, {"gambian", "GM"}, {"banjul", "GM"}, {"mali", "ML"}, {"bamako", "ML"},
    {"benin", "BJ"}, {"cotonou", "BJ"}, {"togo", "TG"}, {"madagascar", "MG"}, {"mauritius", "MU"},
    {"mauritian", "MU"}, {"lesotho", "LS"}, {"maseru", "LS"}, {"mongolia", "MN"}, {"mongolian", "MN"},
    {"ulaanbaatar", "MN"}, {"singapore", "SG"}, {"singaporean", "SG"}, {"myanmar", "MM"}, {"cambodia", "KH"},
    {"cambodian", "KH"}, {"vietnam", "VN"}, {"china", "CN"}, {"chinese", "CN"}, {"beijing", "CN"},
    {"maldives", "MV"}, {"maldivian", "MV"}, {"bhutan", "BT"}, {"afghanistan", "AF"}, {"kazakhstan", "KZ"},
    {"kyrgyzstan", "KG"}, {"fiji", "FJ"}, {"fijian", "FJ"}, {"suva", "FJ"}, {"papua", "PG"}, {"samoa", "WS"},
    {"tonga", "TO"}, {"vanuatu", "VU"}};
// The entries of kCountryNameList that name a part of a country (a capital, a city, a nation of the UK, a
// region): "In Wales, ..." is a count of the part, "In Pakistan, ..." one of the whole.
inline constexpr std::string_view kPlaceWithinList[] = {
    "abidjan", "abuja", "accra", "aires", "algiers", "amman", "amsterdam", "ankara", "athens", "auckland",
    "baghdad", "baku", "bamako", "bangkok", "banjul", "barcelona", "beijing", "beirut", "belgrade", "bengaluru",
    "berlin", "bern", "blantyre", "bogota", "bogotá", "brasilia", "bratislava", "brussels", "bucharest", "budapest",
    "cairo", "canberra", "caracas", "cardiff", "chennai", "chittagong", "colombo", "copenhagen", "cotonou", "dakar",
    "delhi", "dhaka", "dodoma", "dublin", "durban", "edinburgh", "england", "flemish", "freetown", "gaborone",
    "hague", "hamburg", "harare", "helsinki", "islamabad", "istanbul", "jakarta", "jerusalem", "johannesburg", "kampala",
    "kano", "karachi", "kathmandu", "kigali", "kolkata", "kuala", "kyiv", "lagos", "lahore", "lilongwe",
    "lima", "lisbon", "ljubljana", "london", "lucknow", "lusaka", "madrid", "manila", "maputo", "maseru",
    "melbourne", "milan", "mombasa", "monrovia", "montevideo", "montreal", "moscow", "mumbai", "munich", "nairobi",
    "nicosia", "osaka", "oslo", "ottawa", "paris", "patna", "peshawar", "prague", "pretoria", "quetta",
    "quito", "rabat", "reykjavik", "riga", "rome", "rotterdam", "santiago", "sarajevo", "scotland", "seoul",
    "skopje", "sofia", "stockholm", "suva", "sydney", "taipei", "tallinn", "tbilisi", "tehran", "tirana",
    "tokyo", "toronto", "tunis", "ulaanbaatar", "vancouver", "vienna", "vilnius", "wales", "wallonia", "warsaw",
    "washington", "wellington", "windhoek", "yaounde", "yerevan", "zagreb"};


}  // namespace tally::detail
