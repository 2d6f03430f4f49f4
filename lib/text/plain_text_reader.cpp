#include "text/plain_text_reader.h"

#include <array>
#include <cctype>
#include <optional>
#include <string_view>

namespace claimcheck {

namespace {

Block block_of(BlockKind kind, Span span) {
  Block block;
  block.kind = kind;
  block.span = span;
  return block;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

struct Line {
  Span content;  // trimmed; empty span for a blank line
  std::size_t indent = 0;
  bool blank() const { return content.empty(); }
};

std::vector<Line> split_lines(std::string_view text, std::size_t from) {
  std::vector<Line> lines;
  std::size_t start = from;
  while (start <= text.size()) {
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    Line line;
    std::size_t s = start;
    while (s < end && is_space(text[s])) ++s;
    std::size_t e = end;
    while (e > s && is_space(text[e - 1])) --e;
    line.content = {s, e};
    line.indent = s - start;
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    if (start == text.size()) break;
  }
  return lines;
}

std::string_view view(std::string_view text, Span span) { return text.substr(span.start, span.size()); }

// Strips closing quotes and brackets (ASCII and the common UTF-8 curly ones).
std::string_view strip_closers(std::string_view s) {
  static constexpr std::array<std::string_view, 7> kClosers = {"\"", "'", ")", "]", "\xE2\x80\x9D",
                                                              "\xE2\x80\x99", "\xC2\xBB"};
  bool stripped = true;
  while (stripped && !s.empty()) {
    stripped = false;
    for (std::string_view closer : kClosers) {
      if (s.size() >= closer.size() && s.substr(s.size() - closer.size()) == closer) {
        s.remove_suffix(closer.size());
        stripped = true;
      }
    }
  }
  return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view last_word(std::string_view s) {
  const std::size_t space = s.find_last_of(" \t");
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// Titles that are almost never the last word of a sentence: a line ending
// in one is a hard wrap inside a sentence ("Dr.\nSmith"), not a paragraph end.
bool is_title_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kTitles = {
      "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Sen.",
      "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Rev.", "Hon.", "Sgt."};
  for (std::string_view title : kTitles) {
    if (word == title) return true;
  }
  return false;
}

bool ends_sentence(std::string_view line) {
  const std::string_view s = strip_closers(line);
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '?' || last == '!') return true;
  if (ends_with(s, "\xE2\x80\xA6")) return true;  // …
  if (last != '.') return false;
  return !is_title_abbreviation(last_word(s));
}

bool has_inner_sentence_break(std::string_view line) {
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    if ((line[i] == '.' || line[i] == '?' || line[i] == '!') && line[i + 1] == ' ') return true;
  }
  return false;
}

// True if `s` has at most `limit` words. Stops counting past the limit: it
// is asked of every line, and most lines are long paragraphs.
bool has_at_most_words(std::string_view s, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words > limit) return false;
    }
  }
  return true;
}

// Most words longer than three letters start with a capital (or a digit):
// the shape of titles ("Shared Ideologies and Common Adversaries").
bool is_title_cased(std::string_view s) {
  std::size_t words = 0, capitalised_words = 0, long_words = 0, capitalised = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    const std::string_view word = s.substr(start, i - start);
    if (word.empty()) break;
    const unsigned char first = static_cast<unsigned char>(word.front());
    const bool upper = std::isupper(first) || std::isdigit(first) || first >= 0x80;
    ++words;
    capitalised_words += upper ? 1 : 0;
    if (word.size() > 3) {
      ++long_words;
      capitalised += upper ? 1 : 0;
    }
  }
  // With fewer than two long words there is too little evidence; then every
  // word must be capitalised ("Conclusion", "Key Facts").
  if (long_words < 2) return words > 0 && capitalised_words == words;
  return capitalised * 10 >= long_words * 7;
}

bool is_underline(std::string_view s) {
  if (s.size() < 3) return false;
  const char c = s.front();
  if (c != '=' && c != '-') return false;
  for (char x : s) {
    if (x != c) return false;
  }
  return true;
}

bool is_markdown_heading(std::string_view s) {
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  return hashes >= 1 && hashes <= 6 && hashes < s.size() && s[hashes] == ' ';
}

// "2.1 Methods", "3.2.1. Results": multi-level section numbers.
bool is_numbered_section_title(std::string_view s) {
  std::size_t i = 0, groups = 0;
  while (true) {
    const std::size_t digits_start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == digits_start) return false;
    ++groups;
    if (i < s.size() && s[i] == '.' && i + 1 < s.size() &&
        std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
      continue;
    }
    break;
  }
  if (i < s.size() && s[i] == '.') ++i;
  if (groups < 2 || i >= s.size() || s[i] != ' ') return false;
  const std::string_view rest = s.substr(i + 1);
  return !rest.empty() && has_at_most_words(rest, 12) && !ends_sentence(rest);
}

// Length of a list marker and the space after it ("- ", "* ", "• ", "12. ",
// "3) ", "a) "), or 0.
std::size_t list_marker_length(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
  if (s.substr(0, 4) == "\xE2\x80\xA2 ") return 4;  // •
  std::size_t i = 0;
  while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == 0 && s.size() >= 3 && std::islower(static_cast<unsigned char>(s[0])) && s[1] == ')') {
    i = 1;
  }
  if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') return i + 2;
  return 0;
}

bool is_colon_heading(std::string_view s) {
  return s.size() > 1 && s.back() == ':' && has_at_most_words(s, 12) && !has_inner_sentence_break(s);
}

bool is_short_title(std::string_view s, std::size_t max_words) {
  return has_at_most_words(s, max_words) && !ends_sentence(s) && !has_inner_sentence_break(s) &&
         s.back() != ',' && s.back() != ';' && is_title_cased(s);
}

}  // namespace

std::vector<Block> read_plain_text(const SourceText& source) {
  const std::string_view text = source.bytes();
  const std::vector<Line> lines = split_lines(text, source.content_start());
  std::vector<Block> blocks;
  std::optional<Block> open;  // paragraph or list item still taking lines
  bool seen_content = false;

  auto close = [&] {
    if (open) blocks.push_back(*open);
    open.reset();
  };
  auto add_heading = [&](Span span) {
    close();
    blocks.push_back(block_of(BlockKind::heading, span));
  };

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank()) {
      close();
      continue;
    }
    const std::string_view content = view(text, line.content);
    const bool first_content_line = !seen_content;
    seen_content = true;
    const bool next_is_underline = i + 1 < lines.size() && !lines[i + 1].blank() &&
                                   is_underline(view(text, lines[i + 1].content));

    if (open && open->kind == BlockKind::paragraph && !list_marker_length(content) &&
        !is_markdown_heading(content) && !next_is_underline) {
      open->span.end = line.content.end;  // hard-wrapped continuation
    } else if (open && open->kind == BlockKind::list_item && line.indent > 0 &&
               !list_marker_length(content)) {
      open->span.end = line.content.end;  // indented continuation of the item
    } else {
      close();
      if (next_is_underline && !is_underline(content)) {
        add_heading(line.content);
        ++i;  // the underline belongs to the heading
        continue;
      }
      if (is_markdown_heading(content)) {
        std::size_t hashes = content.find(' ');
        Span span{line.content.start + hashes + 1, line.content.end};
        while (span.start < span.end && text[span.start] == ' ') ++span.start;
        add_heading(span);
        continue;
      }
      if (const std::size_t marker = list_marker_length(content); marker > 0) {
        open = block_of(BlockKind::list_item, {line.content.start + marker, line.content.end});
      } else if (is_colon_heading(content) || is_numbered_section_title(content) ||
                 is_short_title(content, first_content_line ? 25 : 10)) {
        add_heading(line.content);
        continue;
      } else {
        open = block_of(BlockKind::paragraph, line.content);
      }
    }
    // A line that ends a sentence ends its block: documents with one
    // paragraph per line (common in pasted articles) have no blank lines.
    if (ends_sentence(content)) close();
  }
  close();
  for (Block& block : blocks) {
    block = make_verbatim_block(block.kind, block.span,
                                std::string(source.slice(block.span.start, block.span.end)));
  }
  return blocks;
}

}  // namespace claimcheck
