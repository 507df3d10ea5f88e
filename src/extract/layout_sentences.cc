// The layout stage's second half: the document's sentences fitted into its blocks (a sentence never crosses a
// block's edge) and the line of each. See layout.h; the blocks themselves are read in layout.cc.
#include <algorithm>

#include "extract/layout.h"

namespace tally::extract {

void lay_out(Doc& d) {
  std::string_view body = d.text.substr(d.body_offset);
  d.first_line = 1 + static_cast<std::uint32_t>(std::count(d.text.begin(), d.text.begin() + static_cast<long>(d.body_offset), '\n'));
  d.blocks = read_layout(body, d.first_line);
  auto& items = d.tokens.items;
  // every sentence ends where a block ends: a new sentence at the first token of each block
  std::vector<Sentence> sentences;
  sentences.reserve(d.tokens.sentences.size() + d.blocks.size());
  d.sentence_block.clear();
  std::size_t b = 0;
  for (const Sentence& s : d.tokens.sentences) {
    std::size_t start = s.first;
    for (std::size_t k = s.first; k < s.last; ++k) {
      std::size_t at = items[k].begin;
      std::size_t block = b;
      while (block + 1 < d.blocks.size() && d.blocks[block + 1].begin <= at) ++block;
      // a live blog's stamp ("02:20", "Feb 8, 11:05pm —") is a sentence of its own: its numbers are times
      const Block& in = d.blocks[block];
      bool after_stamp = in.stamped && k > start && at >= in.begin + in.stamp && items[k - 1].begin < in.begin + in.stamp;
      // "... 39 in total▽Constitutional Democratic Party: 15 ...": a bullet inside a line starts another entry
      bool bullet = k > start && k + 1 < s.last && items[k].kind == TokKind::punct && items[k].punct == '*' &&
                    d.text[d.body_offset + items[k].begin] != '*' && items[k + 1].cap && !items[k + 1].space_before;
      if ((block != b || after_stamp || bullet) && k > start) {
        sentences.push_back({start, k});
        d.sentence_block.push_back(static_cast<std::uint32_t>(b));
        items[start].sentence_start = true;
        start = k;
      }
      b = block;
    }
    sentences.push_back({start, s.last});
    d.sentence_block.push_back(static_cast<std::uint32_t>(b));
    items[start].sentence_start = true;
  }
  // a name and its count on two lines of a widget ("Con" / "318"): one sentence, as "Con 318" would be
  std::size_t kept = 0;
  for (std::size_t j = 0; j < sentences.size(); ++j) {
    if (kept > 0 && d.sentence_block[kept - 1] == d.sentence_block[j] && d.blocks[d.sentence_block[j]].joined) {
      items[sentences[j].first].sentence_start = false;
      sentences[kept - 1].last = sentences[j].last;
      continue;
    }
    sentences[kept] = sentences[j];
    d.sentence_block[kept] = d.sentence_block[j];
    ++kept;
  }
  sentences.resize(kept);
  d.sentence_block.resize(kept);
  d.tokens.sentences = std::move(sentences);
  if (d.blocks.empty()) d.blocks.push_back(Block{});  // a text of blank lines: one empty paragraph
  // the line of each sentence, counted in one pass (a count per query is quadratic on a one-line text)
  d.sentence_line.clear();
  d.sentence_line.reserve(d.tokens.sentences.size());
  std::uint32_t line = d.first_line;
  std::size_t pos = 0;
  for (const Sentence& s : d.tokens.sentences) {
    std::size_t at = s.first < items.size() ? std::max(pos, std::size_t{items[s.first].begin}) : pos;
    line += static_cast<std::uint32_t>(std::count(body.begin() + static_cast<long>(pos), body.begin() + static_cast<long>(at), '\n'));
    pos = at;
    d.sentence_line.push_back(line);
  }
}

}  // namespace tally::extract
