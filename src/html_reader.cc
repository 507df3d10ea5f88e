// Saved web pages (see html_reader.h): libxml2's HTML parser through SAX, a flat list of elements and text
// runs, then the article's element chosen and its text written with line breaks.
#include "html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <mutex>
#include <nlohmann/json.hpp>

#include "published_date.h"

namespace tally {
namespace {

/// What an element does to the text around it.
enum class Role : std::uint8_t {
  inline_text,  ///< a, span, b and unknown elements: nothing (no node is made for them)
  line,         ///< div, li, section, ...: a line break before and after
  paragraph,    ///< p, blockquote, table, lists: a blank line before and after
  heading,      ///< h1-h6: a paragraph, kept inside a <header>
  pre,          ///< pre: a paragraph whose line breaks are kept
  row,          ///< tr: one line
  cell,         ///< td, th: a tab before every cell of a row but the first
  header,       ///< header: only its headings are read
  drop,         ///< script, style, nav, aside, form, footer, ...: not read at all
  line_break,   ///< br: a line break (no node)
  rule,         ///< hr: a paragraph break (no node)
};

/// Elements the choice of the article looks for.
enum class Kind : std::uint8_t { other, article, main, body, p };

struct Tag {
  std::string_view name;
  Role role;
  Kind kind = Kind::other;
};

// <head> is read (its scripts, styles and title are dropped): libxml2, knowing HTML 4, leaves an element it does not
// know, such as <article>, inside a <head> that is never closed, instead of starting the body.
constexpr std::array kTags{
    Tag{"a", Role::inline_text},      Tag{"address", Role::paragraph}, Tag{"article", Role::line, Kind::article},
    Tag{"aside", Role::drop},         Tag{"audio", Role::drop},        Tag{"blockquote", Role::paragraph},
    Tag{"body", Role::line, Kind::body}, Tag{"br", Role::line_break},  Tag{"button", Role::drop},
    Tag{"canvas", Role::drop},        Tag{"caption", Role::line},      Tag{"center", Role::line},
    Tag{"datalist", Role::drop},      Tag{"dd", Role::line},           Tag{"details", Role::paragraph},
    Tag{"dialog", Role::drop},        Tag{"div", Role::line},          Tag{"dl", Role::paragraph},
    Tag{"dt", Role::line},            Tag{"embed", Role::drop},        Tag{"fieldset", Role::paragraph},
    Tag{"figcaption", Role::line},    Tag{"figure", Role::paragraph},  Tag{"footer", Role::drop},
    Tag{"form", Role::drop},          Tag{"frameset", Role::drop},     Tag{"h1", Role::heading},
    Tag{"h2", Role::heading},         Tag{"h3", Role::heading},        Tag{"h4", Role::heading},
    Tag{"h5", Role::heading},         Tag{"h6", Role::heading},        Tag{"head", Role::line},
    Tag{"header", Role::header},      Tag{"hgroup", Role::line},       Tag{"hr", Role::rule},
    Tag{"html", Role::line},          Tag{"iframe", Role::drop},       Tag{"legend", Role::line},
    Tag{"li", Role::line},            Tag{"main", Role::line, Kind::main}, Tag{"map", Role::drop},
    Tag{"math", Role::drop},          Tag{"menu", Role::drop},         Tag{"nav", Role::drop},
    Tag{"noembed", Role::drop},       Tag{"noframes", Role::drop},     Tag{"noscript", Role::drop},
    Tag{"object", Role::drop},        Tag{"ol", Role::paragraph},      Tag{"option", Role::drop},
    Tag{"p", Role::paragraph, Kind::p}, Tag{"pre", Role::pre},         Tag{"script", Role::drop},
    Tag{"section", Role::line},       Tag{"select", Role::drop},       Tag{"style", Role::drop},
    Tag{"summary", Role::line},       Tag{"svg", Role::drop},          Tag{"table", Role::paragraph},
    Tag{"tbody", Role::line},         Tag{"td", Role::cell},           Tag{"template", Role::drop},
    Tag{"textarea", Role::drop},      Tag{"tfoot", Role::line},        Tag{"th", Role::cell},
    Tag{"thead", Role::line},         Tag{"title", Role::drop},        Tag{"tr", Role::row},
    Tag{"ul", Role::paragraph},
    Tag{"video", Role::drop},
};

static_assert(std::is_sorted(kTags.begin(), kTags.end(), [](const Tag& a, const Tag& b) { return a.name < b.name; }));

Tag classify(std::string_view name) {
  auto it = std::lower_bound(kTags.begin(), kTags.end(), name, [](const Tag& t, std::string_view n) { return t.name < n; });
  if (it != kTags.end() && it->name == name) return *it;
  return {name, Role::inline_text};
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

/// Collapses white space to single spaces and trims; cuts at max bytes on a character boundary.
std::string clean(std::string_view s, std::size_t max) {
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
    if (out.size() > max) break;
  }
  if (out.size() > max) {  // cut before the character that crosses max
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

/// An element the text may be taken from, in document order (elements that only hold text inline get none).
struct Node {
  std::uint32_t parent = 0;
  std::uint32_t open = 0, close = 0;  ///< its events
  std::uint32_t text = 0;             ///< bytes of visible text inside it
  std::uint32_t para = 0;             ///< bytes of visible text in its <p> children
  Role role = Role::line;
  Kind kind = Kind::other;
};

/// Open, close, a text run (chars_[at, at + size)) or a break, in document order.
struct Event {
  enum Type : std::uint8_t { open, close, text, line_break, rule };
  std::uint32_t at = 0;  ///< the node (open, close) or the first byte (text)
  std::uint32_t size = 0;
  Type type = open;
};

/// An open element on the parser's stack.
struct Open {
  std::uint32_t node = 0;  ///< its node, or its nearest ancestor's
  bool own = false;        ///< node is its own
  bool dropped = false;    ///< inside an element that is not read
  bool head = false;       ///< inside <head>
  bool svg = false;        ///< inside <svg> or <math> (their <title> is not the page's)
};

/// Where a date came from, best first.
enum Slot : std::uint8_t { published_time, json_ld, named, itemprop, kSlots };

/// Meta names that carry the publication date, after article:published_time.
bool published_time_key(std::string_view k) {
  return k == "article:published_time" || k == "og:article:published_time" || k == "og:published_time" ||
         k == "article:published";
}
bool named_date_key(std::string_view k) {
  static constexpr std::array<std::string_view, 16> keys{
      "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_date", "dc.date",
      "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
      "parsely-pub-date", "article.published", "datepublished"};
  return std::find(keys.begin(), keys.end(), k) != keys.end();
}

/// A date candidate: the first valid one of each slot, and the first value that was not a date.
struct Found {
  std::optional<Date> date;
  std::string label;
  std::string bad;  ///< a value that was not a date, for the warning
};

/// A <time datetime>, with the event position it appeared at.
struct TimeMark {
  std::uint32_t at = 0;
  Date date;
  bool pubdate = false;
};

/// nlohmann SAX handler that finds the first string value of a "datePublished" key, at any depth.
struct DatePublished {
  bool want = false;
  std::string value;
  bool found = false;
  using number_integer_t = nlohmann::json::number_integer_t;
  using number_unsigned_t = nlohmann::json::number_unsigned_t;
  using number_float_t = nlohmann::json::number_float_t;
  using string_t = nlohmann::json::string_t;
  using binary_t = nlohmann::json::binary_t;
  bool other() {
    want = false;
    return true;
  }
  bool null() { return other(); }
  bool boolean(bool) { return other(); }
  bool number_integer(number_integer_t) { return other(); }
  bool number_unsigned(number_unsigned_t) { return other(); }
  bool number_float(number_float_t, const string_t&) { return other(); }
  bool string(string_t& s) {
    if (want && !found) {
      value = s;
      found = true;
    }
    return other();
  }
  bool binary(binary_t&) { return other(); }
  bool start_object(std::size_t) { return other(); }
  bool key(string_t& k) {
    want = k == "datePublished";
    return true;
  }
  bool end_object() { return other(); }
  bool start_array(std::size_t) { return other(); }
  bool end_array() { return other(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

class Builder {
 public:
  explicit Builder(const HtmlLimits& limits) : limits_(limits) {
    nodes_.push_back({});  // the document
    nodes_[0].role = Role::line;
    events_.push_back({0, 0, Event::open});
  }

  /// Past this depth the parse stops, as libxml2's own tree builder does: its work per tag grows with the depth.
  static constexpr std::size_t kMaxDepth = 256;

  void start(std::string_view name, const xmlChar** atts, xmlParserCtxtPtr ctxt) {
    if (stopped_) return;
    if (stack_.size() >= kMaxDepth) {
      stopped_ = true;
      stop_line_ = std::max(1, xmlSAX2GetLineNumber(ctxt));
      stop_message_ = "elements nested more than " + std::to_string(kMaxDepth) + " deep";
      xmlStopParser(ctxt);
      return;
    }
    Open parent = stack_.empty() ? Open{} : stack_.back();
    Tag tag = classify(name);
    Open me{parent.node, false, parent.dropped || tag.role == Role::drop, parent.head || name == "head",
            parent.svg || name == "svg" || name == "math"};
    attributes(name, atts, parent, me);
    if (name == "title" && !me.svg && !title_done_) in_title_ = true;
    if (!parent.dropped) {
      if (tag.role == Role::line_break) events_.push_back({0, 0, Event::line_break});
      if (tag.role == Role::rule) events_.push_back({0, 0, Event::rule});
      if (tag.role != Role::inline_text && tag.role != Role::drop && tag.role != Role::line_break &&
          tag.role != Role::rule) {
        Node n;
        n.parent = parent.node;
        n.open = size(events_);
        n.role = tag.role;
        n.kind = tag.kind;
        me.node = size(nodes_);
        me.own = true;
        nodes_.push_back(n);
        events_.push_back({me.node, 0, Event::open});
      }
    }
    stack_.push_back(me);
  }

  void end() {
    if (stack_.empty() || (stopped_ && !finishing_)) return;
    Open me = stack_.back();
    stack_.pop_back();
    if (in_title_) {
      in_title_ = false;
      title_done_ = true;
    }
    if (in_script_ && !script_.empty()) read_json_ld();
    in_script_ = false;
    if (!me.own) return;
    Node& n = nodes_[me.node];
    Node& parent = nodes_[n.parent];
    parent.text = sum(parent.text, n.text);
    if (n.kind == Kind::p) parent.para = sum(parent.para, n.text);
    // An element with nothing in it costs nothing: its node and open event go.
    if (me.node + 1 == nodes_.size() && n.open + 1 == events_.size()) {
      nodes_.pop_back();
      events_.pop_back();
      return;
    }
    n.close = size(events_);
    events_.push_back({me.node, 0, Event::close});
  }

  void characters(const char* data, std::size_t len) {
    const Open& at = stack_.empty() ? root_ : stack_.back();
    if (in_title_ && title_.size() < 4096) title_.append(data, std::min(len, 4096 - title_.size()));
    if (in_script_) script(data, len);
    if (at.dropped) return;
    std::size_t visible = 0;
    for (std::size_t i = 0; i < len; ++i) visible += !is_space(static_cast<unsigned char>(data[i]));
    Node& n = nodes_[at.node];
    n.text = sum(n.text, visible);
    if (!events_.empty() && events_.back().type == Event::text &&
        events_.back().at + events_.back().size == chars_.size() && events_.back().size + len < UINT32_MAX) {
      events_.back().size += static_cast<std::uint32_t>(len);
    } else {
      events_.push_back({size(chars_), static_cast<std::uint32_t>(len), Event::text});
    }
    chars_.append(data, len);
  }

  void script(const char* data, std::size_t len) {
    if (script_.size() + len > limits_.max_script) {
      in_script_ = false;  // too large to look into
      script_.clear();
      return;
    }
    script_.append(data, len);
  }

  /// A fatal error stops the parser (an ordinary HTML error does not: the parser recovers).
  void error(const xmlError& e) {
    if (e.level == XML_ERR_FATAL && !stopped_) {
      stopped_ = true;
      stop_line_ = std::max(1, e.line);
      stop_message_ = clean(e.message ? e.message : "", 200);
    }
  }

  HtmlPage finish() {
    finishing_ = true;
    while (!stack_.empty()) end();  // a parse that stopped early leaves elements open
    nodes_[0].close = size(events_);
    events_.push_back({0, 0, Event::close});
    HtmlPage page;
    std::uint32_t chosen = choose();
    write(chosen, page.text);
    meta(chosen, page);
    if (stopped_) {
      page.warnings.push_back("the HTML parser stopped at line " + std::to_string(stop_line_) + " (" + stop_message_ +
                              "); the page is read up to there");
    }
    return page;
  }

 private:
  template <class V>
  static std::uint32_t size(const V& v) {
    return static_cast<std::uint32_t>(std::min<std::size_t>(v.size(), UINT32_MAX));
  }
  static std::uint32_t sum(std::uint32_t a, std::size_t b) {
    return static_cast<std::uint32_t>(std::min<std::size_t>(std::size_t{a} + b, UINT32_MAX));
  }

  static std::string_view attr(const xmlChar** atts, std::string_view key) {
    for (std::size_t i = 0; atts && atts[i]; i += 2) {
      if (lower(reinterpret_cast<const char*>(atts[i])) == key) {
        return atts[i + 1] ? reinterpret_cast<const char*>(atts[i + 1]) : "";
      }
    }
    return {};
  }

  void candidate(Slot slot, std::string_view label, std::string_view value) {
    Found& f = found_[slot];
    if (f.date) return;
    if (auto d = parse_published_date(value)) {
      f.date = d;
      f.label = std::string(label);
    } else if (f.bad.empty() && !value.empty()) {
      f.bad = "'" + clean(value, 60) + "' in " + std::string(label);
    }
  }

  void attributes(std::string_view name, const xmlChar** atts, const Open& parent, Open& me) {
    if (!atts) return;
    bool readable = !parent.dropped || parent.head;
    if (name == "meta" && readable) {
      std::string key = lower(attr(atts, "property"));
      if (key.empty()) key = lower(attr(atts, "name"));
      if (key.empty()) key = lower(attr(atts, "itemprop"));
      std::string_view content = attr(atts, "content");
      if (published_time_key(key)) candidate(published_time, key, content);
      if (named_date_key(key)) candidate(named, "meta " + key, content);
      if (key == "og:url" && og_url_.empty()) og_url_ = clean(content, 4096);
      if (key == "og:title" && og_title_.empty()) og_title_ = clean(content, 1000);
      return;
    }
    if (name == "link" && readable && canonical_.empty()) {
      std::string rel = lower(attr(atts, "rel"));
      if (rel.find("canonical") != std::string::npos) canonical_ = clean(attr(atts, "href"), 4096);
      return;
    }
    if (name == "script" && readable) {
      std::string type = lower(attr(atts, "type"));
      if (type.find("ld+json") != std::string::npos && !found_[json_ld].date) {
        in_script_ = true;
        script_.clear();
      }
      return;
    }
    if (me.dropped) return;
    if (name == "time" && times_.size() < 1000) {
      if (auto d = parse_published_date(attr(atts, "datetime"))) {
        bool pubdate = false;
        for (std::size_t i = 0; atts[i]; i += 2) pubdate = pubdate || lower(reinterpret_cast<const char*>(atts[i])) == "pubdate";
        times_.push_back({size(events_), *d, pubdate});
      }
    }
    if (lower(attr(atts, "itemprop")) == "datepublished") {
      std::string_view value = attr(atts, "content");
      if (value.empty()) value = attr(atts, "datetime");
      candidate(itemprop, "itemprop datePublished", value);
    }
  }

  void read_json_ld() {
    DatePublished finder;
    nlohmann::json::sax_parse(script_, &finder, nlohmann::json::input_format_t::json, false);
    if (finder.found) candidate(json_ld, "JSON-LD datePublished", finder.value);
    script_.clear();
  }

  /// The article's element: the <article> with the most text, else the <main>, else the element with the most
  /// paragraph text, else the <body>, else the whole document.
  std::uint32_t choose() const {
    std::uint32_t article = 0, main = 0, block = 0, body = 0;
    for (std::uint32_t i = 1; i < nodes_.size(); ++i) {
      const Node& n = nodes_[i];
      if (n.kind == Kind::article && n.text > 0 && (!article || n.text > nodes_[article].text)) article = i;
      if (n.kind == Kind::main && n.text > 0 && !main) main = i;
      if (n.kind == Kind::body && !body) body = i;
      if (n.para > 0 && (!block || n.para > nodes_[block].para)) block = i;
    }
    if (article) return article;
    if (main) return main;
    if (block) return block;
    return body;
  }

  /// Writes the text of node `root`: whitespace collapsed, breaks as lines, a row a line of tab-separated cells.
  void write(std::uint32_t root, std::string& out) const {
    int pending = 0;  // a break before the next text: 1 a line, 2 a blank line
    bool space = false, tab = false, row_text = false;
    int cells = 0, headers = 0, headings = 0, pres = 0;
    auto brk = [&](int level) {
      if (cells > 0) {
        space = true;  // inside a cell, the row stays one line
      } else {
        pending = std::max(pending, level);
      }
    };
    auto put = [&](std::string_view s) {
      for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
        if (pres > 0 && c == '\n') {
          brk(1);
          continue;
        }
        if (is_space(c) || nbsp) {
          space = true;
          i += nbsp;
          continue;
        }
        if (!out.empty()) {
          if (pending) {
            out += pending == 2 ? "\n\n" : "\n";
          } else if (tab) {
            out += '\t';
          } else if (space) {
            out += ' ';
          }
        }
        pending = 0;
        space = tab = false;
        row_text = true;
        out += static_cast<char>(c);
      }
    };
    const Node& top = nodes_[root];
    for (std::uint32_t e = top.open + 1; e < top.close; ++e) {
      const Event& ev = events_[e];
      switch (ev.type) {
        case Event::text:
          if (headers == 0 || headings > 0) put(std::string_view(chars_).substr(ev.at, ev.size));
          break;
        case Event::line_break: brk(1); break;
        case Event::rule: brk(2); break;
        case Event::open:
        case Event::close: {
          const Node& n = nodes_[ev.at];
          int step = ev.type == Event::open ? 1 : -1;
          switch (n.role) {
            case Role::paragraph: brk(2); break;
            case Role::heading:
              headings += step;
              brk(2);
              break;
            case Role::pre:
              pres += step;
              brk(2);
              break;
            case Role::header:
              headers += step;
              brk(1);
              break;
            case Role::row:
              brk(1);
              row_text = false;
              break;
            case Role::cell:
              if (step > 0 && cells == 0 && row_text) tab = true;
              cells += step;
              break;
            default: brk(1); break;
          }
          break;
        }
      }
    }
  }

  void meta(std::uint32_t chosen, HtmlPage& page) const {
    DocumentMeta& m = page.meta;
    m.title = clean(title_, 1000);
    if (m.title.empty()) m.title = og_title_;
    m.url = !canonical_.empty() ? canonical_ : og_url_;
    for (const Found& f : found_) {
      if (f.date) {
        m.date = f.date;
        m.date_from = f.label;
        return;
      }
    }
    // <time datetime>: one marked pubdate, else the first inside the article, else the first read
    const Node& n = nodes_[chosen];
    const TimeMark* pick = nullptr;
    for (const auto& t : times_) {
      if (t.pubdate) {
        pick = &t;
        break;
      }
    }
    for (const auto& t : times_) {
      if (!pick && t.at > n.open && t.at < n.close) pick = &t;
    }
    if (!pick && !times_.empty()) pick = &times_.front();
    if (pick) {
      m.date = pick->date;
      m.date_from = "<time datetime>";
      return;
    }
    for (const Found& f : found_) {
      if (!f.bad.empty()) {
        page.warnings.push_back("the page's date " + f.bad + " is not a date; ignored");
        break;
      }
    }
  }

  const HtmlLimits& limits_;
  std::vector<Node> nodes_;
  std::vector<Event> events_;
  std::string chars_;
  std::vector<Open> stack_;
  Open root_;
  bool in_title_ = false, title_done_ = false, in_script_ = false, finishing_ = false, stopped_ = false;
  std::string title_, og_title_, canonical_, og_url_, script_;
  std::array<Found, kSlots> found_;
  std::vector<TimeMark> times_;
  int stop_line_ = 0;
  std::string stop_message_;
};

// SAX callbacks: ctx is the parser context, whose userData is the Builder.
Builder& builder_of(void* ctx) { return *static_cast<Builder*>(static_cast<xmlParserCtxtPtr>(ctx)->_private); }
void on_start(void* ctx, const xmlChar* name, const xmlChar** atts) {
  builder_of(ctx).start(name ? reinterpret_cast<const char*>(name) : "", atts, static_cast<xmlParserCtxtPtr>(ctx));
}
void on_end(void* ctx, const xmlChar*) { builder_of(ctx).end(); }
void on_characters(void* ctx, const xmlChar* ch, int len) {  // text, and the contents of scripts and styles
  if (len > 0) builder_of(ctx).characters(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
}
/// The structured error handler gets the parser context's userData (the context itself, as set below).
void on_error(void* ctx, xmlErrorPtr error) {
  if (ctx && error) builder_of(ctx).error(*error);
}
void quiet(void*, const char*, ...) {}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
}

/// The page with at most `max` attributes in each tag (libxml2 compares each attribute with every earlier one
/// of its tag, so a tag of a million attributes would take hours). Every '<' and a letter is taken for a tag,
/// also inside scripts and comments: a tag libxml2 reads is never missed. Returns the page itself when no tag
/// has too many; else a copy in storage, with the line of the first tag cut in `line`.
std::string_view limit_attributes(std::string_view page, std::size_t max, std::string& storage, std::size_t& tags,
                                  std::size_t& line) {
  std::size_t n = page.size(), i = 0, copied = 0;
  tags = 0;
  while ((i = page.find('<', i)) != std::string_view::npos) {
    if (i + 1 >= n || !((page[i + 1] | 0x20) >= 'a' && (page[i + 1] | 0x20) <= 'z')) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < n && name_char(page[j])) ++j;
    std::size_t count = 0, cut = 0;
    for (;;) {
      while (j < n && (is_space(static_cast<unsigned char>(page[j])) || page[j] == '/')) ++j;
      if (j >= n || page[j] == '>') break;
      std::size_t name_at = j;
      while (j < n && !is_space(static_cast<unsigned char>(page[j])) && page[j] != '>' && page[j] != '=' && page[j] != '/') ++j;
      if (j == name_at && page[j] == '=') ++j;  // '=' without a name: junk
      if (++count == max + 1) cut = name_at;
      std::size_t k = j;
      while (k < n && is_space(static_cast<unsigned char>(page[k]))) ++k;
      if (k < n && page[k] == '=') {
        j = k + 1;
        while (j < n && is_space(static_cast<unsigned char>(page[j]))) ++j;
        if (j < n && (page[j] == '"' || page[j] == '\'')) {
          std::size_t close = page.find(page[j], j + 1);
          j = close == std::string_view::npos ? n : close + 1;
        } else {
          while (j < n && !is_space(static_cast<unsigned char>(page[j])) && page[j] != '>') ++j;
        }
      }
    }
    if (count > max) {
      if (tags++ == 0) line = 1 + static_cast<std::size_t>(std::count(page.begin(), page.begin() + static_cast<long>(i), '\n'));
      storage.append(page.substr(copied, cut - copied));
      copied = j;  // the tag's '>' (or the end) follows
    }
    i = j;
  }
  if (tags == 0) return page;
  storage.append(page.substr(copied));
  return storage;
}

}  // namespace

HtmlPage read_html(std::string_view page, const HtmlLimits& limits) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  xmlSetGenericErrorFunc(nullptr, quiet);  // this thread's: libxml2 never prints

  HtmlPage result;
  if (page.size() > static_cast<std::size_t>(INT_MAX)) {
    result.warnings.push_back("the page is larger than 2 GiB: not read");
    return result;
  }
  std::string storage;
  std::size_t cut_tags = 0, cut_line = 0;
  std::string_view input = limit_attributes(page, limits.max_attributes, storage, cut_tags, cut_line);

  Builder builder(limits);
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt) {
    result.warnings.push_back("cannot start the HTML parser (out of memory): page not read");
    return result;
  }
  // A copy of the page (a static buffer would spare it, but libxml2 2.9 misreads one once it shrinks it).
  xmlParserInputBufferPtr buffer =
      xmlParserInputBufferCreateMem(input.data(), static_cast<int>(input.size()), XML_CHAR_ENCODING_UTF8);
  xmlParserInputPtr stream = buffer ? xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_UTF8) : nullptr;
  if (!stream) {
    if (buffer) xmlFreeParserInputBuffer(buffer);
    htmlFreeParserCtxt(ctxt);
    result.warnings.push_back("cannot start the HTML parser (out of memory): page not read");
    return result;
  }
  inputPush(ctxt, stream);
  // Not XML_PARSE_HUGE: libxml2 then stops nesting at 256 levels, which keeps its work per tag bounded.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
  xmlSAXHandler* sax = ctxt->sax;
  *sax = xmlSAXHandler{};
  sax->startElement = on_start;
  sax->endElement = on_end;
  sax->characters = on_characters;
  sax->ignorableWhitespace = on_characters;
  sax->cdataBlock = on_characters;
  sax->warning = quiet;
  sax->error = quiet;
  sax->fatalError = quiet;
  sax->serror = on_error;
  sax->initialized = XML_SAX2_MAGIC;
  ctxt->_private = &builder;  // userData stays the context: the callbacks reach the Builder through it
  htmlParseDocument(ctxt);
  htmlFreeParserCtxt(ctxt);

  result = builder.finish();
  if (cut_tags) {
    result.warnings.push_back("line " + std::to_string(cut_line) + ": " + std::to_string(cut_tags) +
                              (cut_tags == 1 ? " tag has" : " tags have") + " more than " +
                              std::to_string(limits.max_attributes) + " attributes; the rest were not read");
  }
  return result;
}

}  // namespace tally
