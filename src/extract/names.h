#pragma once
// Internal: Names in the text: capitalised runs, acronyms, people, the kind of a source by its words.
#include "extract/doc.h"

namespace tally::extract {

/// A capitalised run ending with a party keyword ("Bangladesh Nationalist Party") or naming a body.
std::size_t capitalised_run(Doc& d, std::size_t i, std::size_t limit);
bool acronym_at(Doc& d, std::size_t i, std::size_t limit, std::size_t& end);
/// "jailed former prime minister Nawaz Sharif" at i: lower-case words (at most four), then a capitalised
/// run of one to three words that names no party, body or place the tables know. Returns its end, or 0.
std::size_t person_after_of(Doc& d, std::size_t i, std::size_t limit);
/// True when a table name of a body or chamber at i is only the end of a longer capitalised name: "National
/// Electoral Commission", "Grand National Assembly" (not "The Election Commission", "from Election Commission").
bool embedded_name(Doc& d, std::size_t i, std::size_t sentence_first, const AliasMatch& table);
/// "PTI-P", "BNP-M": an acronym with a faction's letters glued on is one name (a party of its own).
bool acronym_with_faction(Doc& d, std::size_t first, std::size_t last);
SourceKind source_kind_of(Doc& d, std::size_t first, std::size_t last);
bool names_person(Doc& d, const detail::Sentence& s, std::size_t first, std::size_t last);
bool names_party(const AliasMatch& table);
std::string strip_possessive(std::string_view name);
/// A name written in capitals on a heading, as a name is written in prose: "GELDERLAND PROVINCIAL COUNCIL" is
/// "Gelderland Provincial Council"; words of three letters or fewer stay as written ("NRW", "KP") but for
/// "of", "the", "and" and "for"; a name with a lower-case letter is returned as it is.
std::string as_name(std::string_view written);
bool country_word(std::string_view w);
/// A name the tables do not know that makes a forecast: "Matrize projected 150-170 seats", "Only one
/// agency, Electoral Edge, predicted a win", "People's Pulse, which put the Mahayuti at 175", "eNCA
/// projection: ...". [first, last) is the name (first may be "the"); people ("Mr", "leader X") are not.
/// A person's name: preceded by a title ("Mr", "leader") or tied to a party earlier in the article.
bool is_title(std::string_view w);
/// The kind of source a common noun for an outlet names ("broadcaster", "agency", "pollster"), else unknown.
SourceKind outlet_noun(std::string_view w);
/// Whether every entry of a match is an electoral body's name, one of them the generic one (the tables hold it
/// for every country: "Electoral Commission").
bool generic_body(const Doc& d, const AliasMatch& match);
/// "Vanuatu Electoral Commission", "Solomon Islands Electoral Commission": a country's name (one or two words)
/// before a generic body's name that ends the capitalised run; its length in tokens from i, else 0.
std::size_t country_body_run(Doc& d, std::size_t i, std::size_t limit, const AliasMatch& table);
/// "Electoral Commission for Sierra Leone", "the Election Commission of Bhutan": a generic body's name that a
/// capitalised run continues up to a country or place; its length in tokens from i, else 0.
std::size_t generic_body_run(Doc& d, std::size_t i, std::size_t limit, const AliasMatch& table);
/// "(Servel)", "(Comelec)": one capitalised word in brackets, a body's short name; end is past the ')'.
bool short_name_at(Doc& d, std::size_t i, std::size_t limit, std::size_t& end);

}  // namespace tally::extract
