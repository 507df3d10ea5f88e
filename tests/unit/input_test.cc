#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "tally/input.h"

using namespace tally;

TEST_CASE("decode: BOM stripped, CRLF and CR become LF") {
  auto d = decode_text("\xEF\xBB\xBFone\r\ntwo\rthree\n");
  CHECK(d.text == "one\ntwo\nthree\n");
  CHECK(d.warnings.empty());
  CHECK_FALSE(d.binary);
}

TEST_CASE("decode: invalid UTF-8 is read as Latin-1 and stays valid UTF-8") {
  auto d = decode_text("caf\xE9 \xFF");
  CHECK(d.text == "caf\xC3\xA9 \xC3\xBF");
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("Latin-1") != std::string::npos);
}

TEST_CASE("decode: UTF-16 with a BOM, both byte orders, with a surrogate pair") {
  std::string le("\xFF\xFE" "A\0B\0\x3D\xD8\x00\xDE", 10);
  auto d = decode_text(le);
  CHECK(d.text == "AB\xF0\x9F\x98\x80");
  std::string be("\xFE\xFF\0A\0\r\0\n\0B", 10);
  CHECK(decode_text(be).text == "A\nB");
}

TEST_CASE("decode: NUL inside text becomes a space; binary data is flagged") {
  auto d = decode_text(std::string("seats\0here", 10));
  CHECK(d.text == "seats here");
  CHECK_FALSE(d.binary);
  std::string junk(4096, '\0');
  for (std::size_t i = 0; i < junk.size(); i += 3) junk[i] = 'x';
  CHECK(decode_text(junk).binary);
  CHECK(decode_text("%PDF-1.7 ...").binary);
  CHECK(decode_text("\x89PNG\r\n").binary);
}

TEST_CASE("input formats: by extension in any case unless one is chosen; standard input is text") {
  CHECK(format_of("a/page.html") == InputFormat::html);
  CHECK(format_of("a/PAGE.HTM") == InputFormat::html);
  CHECK(format_of("feed.jsonl") == InputFormat::jsonl);
  CHECK(format_of("a.txt") == InputFormat::text);
  CHECK(format_of("-") == InputFormat::text);
  CHECK(format_of("noext") == InputFormat::text);
  CHECK(format_of("-", InputFormat::html) == InputFormat::html);
  CHECK(format_of("page.html", InputFormat::text) == InputFormat::text);
  for (auto f : {InputFormat::automatic, InputFormat::text, InputFormat::html, InputFormat::jsonl})
    CHECK(parse_input_format(to_string(f)) == f);
  CHECK_FALSE(parse_input_format("xml"));
}

TEST_CASE("expand_inputs walks directories for *.txt in sorted order and reports missing paths") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "tally_input_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  for (auto name : {"b.txt", "a.txt", "sub/c.txt", "skip.md", "d.HTML", "e.htm", "f.jsonl", "g.json"})
    std::ofstream(dir / name) << "x";
  std::vector<InputError> errors;
  auto files = expand_inputs({dir.string(), (dir / "missing.txt").string(), "-"}, [&](InputError e) { errors.push_back(e); });
  REQUIRE(files.size() == 7);
  CHECK(fs::path(files[0]).filename() == "a.txt");
  CHECK(fs::path(files[1]).filename() == "b.txt");
  CHECK(fs::path(files[2]).filename() == "d.HTML");
  CHECK(fs::path(files[3]).filename() == "e.htm");
  CHECK(fs::path(files[4]).filename() == "f.jsonl");
  CHECK(fs::path(files[5]).filename() == "c.txt");
  CHECK(files[6] == "-");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "No such file or directory");
  SourceText text;
  InputError error;
  CHECK_FALSE(read_input(dir.string(), text, error));
  CHECK(error.message == "Is a directory");
  fs::remove_all(dir);
}

TEST_CASE("InputWalk gives the order of sorting the full paths, walking as it goes") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "tally_walk_test";
  fs::remove_all(dir);
  // Names around '/' in byte order ('-' and '.' sort before it, '0' and '_' after it), a directory named like
  // an article, a file named like a directory's prefix, nested directories, files that are not articles.
  for (auto d : {"a", "a/b", "a-b", "a.txt", "a0", "z", "z/y/x"}) fs::create_directories(dir / d);
  std::vector<std::string> names = {"a/1.txt", "a/b/2.txt", "a/b.txt", "a-b/3.txt", "a.txt/4.txt", "a0/5.txt",
                                    "a-.txt", "a.txt0.txt", "a_.txt", "z/y/x/6.txt", "z/y.txt", "Z.txt", "z/skip.md"};
  for (auto& name : names) std::ofstream(dir / name) << "x";
  std::vector<std::string> expected;
  for (auto& name : names) {
    if (fs::path(name).extension() == ".txt") expected.push_back((dir / name).string());
  }
  std::sort(expected.begin(), expected.end());
  std::vector<InputError> errors;
  std::vector<std::string> roots = {(dir / "a.txt").string(), dir.string(), (dir / "nowhere").string()};
  InputWalk walk(roots_of(roots), [&](InputError e) { errors.push_back(e); });
  std::vector<std::string> got;
  for (std::string path; walk.next(path);) got.push_back(path);
  // First the directory named a.txt on its own, then the whole tree, then the missing path as an error.
  REQUIRE(got.size() == 1 + expected.size());
  CHECK(got[0] == (dir / "a.txt" / "4.txt").string());
  CHECK(std::vector<std::string>(got.begin() + 1, got.end()) == expected);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == (dir / "nowhere").string());
  CHECK(expand_inputs({dir.string()}, [](InputError) {}) == expected);
  fs::remove_all(dir);
}
