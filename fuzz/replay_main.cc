// Plain regression runner for the fuzz targets: runs every file under the given directories (or the
// given files) through LLVMFuzzerTestOneInput once. Built with the normal compiler, without libFuzzer,
// so that the ordinary test suite replays the corpus and every input that once crashed.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  double max_seconds = 0;  // --max-seconds S: an input that takes longer fails the run (a timeout regression)
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--max-seconds" && i + 1 < argc) {
      max_seconds = std::stod(argv[++i]);
      continue;
    }
    fs::path p = argv[i];
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().filename().string().front() != '.') files.push_back(it->path());
      }
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      std::fprintf(stderr, "replay: %s: not a file or directory\n", argv[i]);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  auto start = std::chrono::steady_clock::now();
  int slow = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "replay: cannot read %s\n", f.string().c_str());
      return 2;
    }
    std::fprintf(stderr, "replay: %s (%zu bytes)\n", f.string().c_str(), bytes.size());
    auto t0 = std::chrono::steady_clock::now();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (max_seconds > 0 && secs > max_seconds) {
      std::fprintf(stderr, "replay: TOO SLOW: %s took %.1f s (limit %.1f s)\n", f.string().c_str(), secs, max_seconds);
      ++slow;
    }
  }
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("replay: %zu inputs ran without a crash in %.2f s; %d too slow\n", files.size(), total, slow);
  return slow ? 1 : 0;
}
