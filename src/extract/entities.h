#pragma once
// Internal: What the names resolve to: the parties, sources and chambers of one article (its registry).
#include "extract/doc.h"

namespace tally::extract {

/// Hash indexes keep an article naming thousands of parties linear.
int add_party(Doc& d, std::string canonical, std::string country);
/// "Nepali Congress" is found by its word suffix "Congress"; the first party added wins.
void index_suffixes(Doc& d, int index, const std::string& name, const std::string& country);
int add_source(Doc& d, std::string canonical, SourceKind kind);
std::size_t match_local(Doc& d, std::size_t i, std::size_t limit, const LocalAlias*& found);
/// Resolves a mention to a party in parties_, or -1.
/// "Congress" in an article about the "Nepali Congress": the local party whose name it ends.
int local_suffix_party(Doc& d, const Mention& m);
int party_of(Doc& d, const Mention& m);
int party_of_const(const Mention& m);
/// "Central Election Commission" in a Taiwanese article: the article's country's body whose table names hold
/// the name as written ("Taiwan's Central Election Commission"); nullopt when none or several do.
std::optional<DocSource> country_body_named(Doc& d, std::string_view written);

std::optional<DocSource> source_of(Doc& d, const Mention& m);
std::string chamber_of(Doc& d, const Mention& m);
/// A party named in full before (or after) the article defines its acronym is one party: the acronym.
void unify_defined_names(Doc& d);
bool is_independents(Doc& d, const Mention& m);
/// The canonical name of the group of other parties in the tables ("Others").
std::string others_name(Doc& d);
/// "the ruling party" -> "ruling"; "the party", "the largest party" -> empty.
std::string_view label_of_anaphor(Doc& d, const Mention& m);
/// The role a descriptive party word names: "ruling" (also governing, incumbent) or "opposition"; empty for
/// any other word.
std::string_view role_word(std::string_view w);
/// "the ruling Awami League", "the main opposition BNP", "the opposition Jatiya Party": records the party
/// each role names, for "the ruling party" later in the article. One look at each mention of the sentence.
void record_labels(Doc& d, const std::vector<const Mention*>& ms);
/// The legislature of a region that the tables know: "<place> Provincial Legislature", "<place> Legislature",
/// "<place> Assembly", "<place> Provincial Parliament" of the article's country; empty when none.
std::string regional_chamber(Doc& d, std::string_view place);

}  // namespace tally::extract
