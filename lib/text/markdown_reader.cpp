#include "text/markdown_reader.h"

#include <md4c.h>

#include <array>
#include <cctype>
#include <climits>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/error.h"
#include "base/utf8.h"

namespace claimcheck {

namespace {

constexpr unsigned kMarkdownFlags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES |
                                    MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool has_non_blank(std::string_view s) {
  for (char c : s) {
    if (!is_blank(c)) return true;
  }
  return false;
}


// md4c hands entities over verbatim ("&amp;", "&#8212;"). Numeric ones are
// decoded; of the named ones, those common in prose. An unknown name stays
// as written, which is what a reader of the source sees.
std::string decode_entity(std::string_view entity) {
  std::string out;
  if (entity.size() >= 4 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    std::uint32_t value = 0;
    for (std::size_t i = hex ? 3 : 2; i + 1 < entity.size(); ++i) {
      const int digit = std::isdigit(static_cast<unsigned char>(entity[i]))
                            ? entity[i] - '0'
                            : std::tolower(static_cast<unsigned char>(entity[i])) - 'a' + 10;
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      if (value > 0x10FFFF) break;
    }
    // "&#0;" is no character: HTML reads it as U+FFFD, as it does any
    // value that is not a Unicode scalar value.
    append_utf8(out, value == 0 ? char32_t{0xFFFD} : static_cast<char32_t>(value));
    return out;
  }
  static constexpr std::array<std::pair<std::string_view, std::uint32_t>, 22> kNamed = {{
      {"&amp;", '&'},       {"&lt;", '<'},        {"&gt;", '>'},        {"&quot;", '"'},
      {"&apos;", '\''},     {"&nbsp;", 0xA0},     {"&ndash;", 0x2013},  {"&mdash;", 0x2014},
      {"&hellip;", 0x2026}, {"&lsquo;", 0x2018},  {"&rsquo;", 0x2019},  {"&ldquo;", 0x201C},
      {"&rdquo;", 0x201D},  {"&laquo;", 0xAB},    {"&raquo;", 0xBB},    {"&copy;", 0xA9},
      {"&reg;", 0xAE},      {"&trade;", 0x2122},  {"&euro;", 0x20AC},   {"&pound;", 0xA3},
      {"&deg;", 0xB0},      {"&times;", 0xD7},
  }};
  for (const auto& [name, code_point] : kNamed) {
    if (entity == name) {
      append_utf8(out, static_cast<char32_t>(code_point));
      return out;
    }
  }
  return std::string(entity);
}

// A URL or title as md4c gives it: pieces of text, entities and NULs.
std::string decode_attribute(const MD_ATTRIBUTE& attribute) {
  std::string out;
  if (attribute.text == nullptr) return out;
  for (std::size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const std::string_view piece(attribute.text + attribute.substr_offsets[i],
                                 attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY: out += decode_entity(piece); break;
      case MD_TEXT_NULLCHAR: out += kReplacementCharacter; break;
      default: out += piece; break;
    }
  }
  return out;
}

enum class Switch { none, off, on };

// Applies every `<!-- claimcheck off|on -->` comment in `html`, in order, to
// `suppressed`; returns whether there was one.
bool apply_claimcheck_switches(std::string_view html, bool& suppressed) {
  bool found = false;
  std::size_t at = 0;
  while ((at = html.find("<!--", at)) != std::string_view::npos) {
    const std::size_t close = html.find("-->", at + 4);
    if (close == std::string_view::npos) break;
    std::string words = fold_white_space(html.substr(at + 4, close - (at + 4)));
    for (char& c : words) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (words == "claimcheck off") {
      suppressed = true;
      found = true;
    } else if (words == "claimcheck on") {
      suppressed = false;
      found = true;
    }
    at = close + 3;
  }
  return found;
}

class MarkdownReader {
 public:
  explicit MarkdownReader(std::string_view document) : document_(document) {}

  std::vector<Block> take_blocks() { return std::move(blocks_); }

  // md4c is C: an exception must not unwind through it. Callbacks catch it,
  // abort the parse, and read_markdown rethrows it.
  template <typename Function>
  int guarded(Function&& function) {
    try {
      function();
      return 0;
    } catch (...) {
      failure_ = std::current_exception();
      return 1;
    }
  }
  std::exception_ptr failure() const { return failure_; }

  void enter_block(MD_BLOCKTYPE type) {
    close_block();
    containers_.push_back(type);
    if (type == MD_BLOCK_TABLE) {
      table_ = Block::CellPosition{tables_seen_++, 0, 0};
      rows_seen_ = 0;
    }
    if (type == MD_BLOCK_TR) {
      table_.row = rows_seen_++;
      cells_seen_ = 0;
    }
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) table_.column = cells_seen_++;
    if (type == MD_BLOCK_QUOTE) ++quote_depth_;
    if (type == MD_BLOCK_HTML) html_block_.clear();
  }

  void leave_block(MD_BLOCKTYPE type) {
    close_block();
    if (!containers_.empty()) containers_.pop_back();
    if (type == MD_BLOCK_QUOTE) --quote_depth_;
    if (type == MD_BLOCK_HTML) apply_claimcheck_switches(html_block_, suppressed_);
  }

  void enter_span(MD_SPANTYPE type, const void* detail) {
    if (type == MD_SPAN_IMG) ++image_depth_;
    if (type == MD_SPAN_CODE) ++code_span_depth_;
    if (type == MD_SPAN_A) {
      const auto* link = static_cast<const MD_SPAN_A_DETAIL*>(detail);
      open_links_.push_back({open_ ? open_->text.size() : 0, decode_attribute(link->href)});
    }
  }

  void leave_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) --image_depth_;
    if (type == MD_SPAN_CODE) --code_span_depth_;
    if (type == MD_SPAN_A && !open_links_.empty()) {
      OpenLink link = std::move(open_links_.back());
      open_links_.pop_back();
      if (!open_ || link.text_start >= open_->text.size()) return;  // no visible text
      const Span range{link.text_start, open_->text.size()};
      std::string text = fold_white_space(std::string_view(open_->text).substr(
          range.start, range.size()));
      open_->links.push_back({range, std::move(link.url), std::move(text)});
    }
  }

  void text(MD_TEXTTYPE type, const char* bytes, std::size_t size) {
    const std::string_view piece(bytes, size);
    if (inside(MD_BLOCK_CODE)) return;
    if (inside(MD_BLOCK_HTML)) {
      html_block_ += piece;
      return;
    }
    if (type == MD_TEXT_HTML) {
      // An inline switch also ends the block, so text before and after it
      // never forms one sentence.
      if (apply_claimcheck_switches(piece, suppressed_)) close_block();
      return;
    }
    if (suppressed_ || image_depth_ > 0) return;

    switch (type) {
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        end_line();
        append("\n", nullptr, 0);
        return;
      case MD_TEXT_NULLCHAR: append(kReplacementCharacter, bytes, size); return;
      case MD_TEXT_ENTITY: append(decode_entity(piece), bytes, size); break;
      default: append(piece, bytes, size); break;
    }
    if (type == MD_TEXT_CODE && code_span_depth_ > 0) {
      line_has_code_ = true;
    } else if (has_non_blank(piece)) {
      line_has_prose_ = true;
    }
  }

 private:
  struct OpenLink {
    std::size_t text_start;
    std::string url;
  };

  bool inside(MD_BLOCKTYPE type) const {
    for (MD_BLOCKTYPE container : containers_) {
      if (container == type) return true;
    }
    return false;
  }

  // What kind of block text arriving now belongs to, or nullopt if it
  // belongs to none.
  std::optional<BlockKind> current_kind() const {
    for (std::size_t i = containers_.size(); i-- > 0;) {
      switch (containers_[i]) {
        case MD_BLOCK_H: return BlockKind::heading;
        case MD_BLOCK_TD: return BlockKind::table_cell;
        case MD_BLOCK_TH: return BlockKind::table_header;
        case MD_BLOCK_LI: return BlockKind::list_item;
        case MD_BLOCK_P:
          if (i > 0 && containers_[i - 1] == MD_BLOCK_LI) return BlockKind::list_item;
          return BlockKind::paragraph;
        default: break;
      }
    }
    return std::nullopt;
  }

  // Appends visible text shown by `size` document bytes at `bytes`. Pieces
  // that md4c does not point into the document with (line breaks, which it
  // hands over as a constant "\n") take no document bytes, at the end of the
  // previous piece.
  void append(std::string_view visible, const char* bytes, std::size_t size) {
    if (!open_) {
      const std::optional<BlockKind> kind = current_kind();
      if (!kind) return;
      open_.emplace();
      open_->kind = *kind;
      open_->quoted = quote_depth_ > 0;
      if (*kind == BlockKind::table_cell || *kind == BlockKind::table_header) open_->cell = table_;
      line_start_ = {};
    }
    std::size_t source_offset = last_source_end_;
    std::size_t source_length = 0;
    if (bytes != nullptr && bytes >= document_.data() &&
        bytes + size <= document_.data() + document_.size()) {
      source_offset = static_cast<std::size_t>(bytes - document_.data());
      source_length = size;
    }
    if (visible.empty()) return;
    open_->segments.push_back({open_->text.size(), visible.size(), source_offset, source_length});
    open_->text += visible;
    last_source_end_ = source_offset + source_length;
  }

  // Drops the line just finished if inline code is all it holds: a command
  // or snippet on a line of its own is not prose.
  void end_line() {
    if (open_ && line_has_code_ && !line_has_prose_) {
      open_->text.resize(line_start_.text);
      open_->segments.resize(line_start_.segments);
      open_->links.resize(line_start_.links);
    }
    line_has_code_ = line_has_prose_ = false;
    if (open_) {
      line_start_ = {open_->text.size() + 1, open_->segments.size() + 1, open_->links.size()};
    }
  }

  void close_block() {
    end_line();
    if (open_ && has_non_blank(open_->text)) {
      std::size_t first = 0, last = open_->text.size();
      while (is_blank(open_->text[first])) ++first;
      while (is_blank(open_->text[last - 1])) --last;
      open_->span = open_->source_span({first, last});
      blocks_.push_back(std::move(*open_));
    }
    open_.reset();
    line_start_ = {};
  }

  struct LineStart {
    std::size_t text = 0;
    std::size_t segments = 0;
    std::size_t links = 0;
  };

  std::string_view document_;
  std::vector<Block> blocks_;
  std::optional<Block> open_;
  std::vector<MD_BLOCKTYPE> containers_;
  std::vector<OpenLink> open_links_;
  std::string html_block_;
  LineStart line_start_;
  std::size_t last_source_end_ = 0;
  Block::CellPosition table_;  // the cell being read, if in a table
  std::size_t tables_seen_ = 0;
  std::size_t rows_seen_ = 0;   // in the current table
  std::size_t cells_seen_ = 0;  // in the current row
  int quote_depth_ = 0;
  int image_depth_ = 0;
  int code_span_depth_ = 0;
  bool line_has_code_ = false;
  bool line_has_prose_ = false;
  bool suppressed_ = false;
  std::exception_ptr failure_;
};

MarkdownReader& reader_of(void* userdata) { return *static_cast<MarkdownReader*>(userdata); }

bool is_front_matter_fence(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line == "---" || (closing && line == "...");
}

}  // namespace

std::size_t skip_front_matter(std::string_view text, std::size_t from) {
  bool first = true;
  for (std::size_t line_start = from; line_start < text.size();) {
    std::size_t line_end = text.find('\n', line_start);
    const std::size_t next = line_end == std::string_view::npos ? text.size() : line_end + 1;
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    if (first) {
      if (!is_front_matter_fence(line, false)) return from;
      first = false;
    } else if (is_front_matter_fence(line, true)) {
      return next;
    }
    line_start = next;
  }
  return from;  // never closed: a thematic break, not front matter
}

std::vector<Block> read_markdown(const SourceText& source) {
  const std::string_view document = source.bytes();
  const std::size_t start = skip_front_matter(document, source.content_start());
  if (document.size() - start > UINT_MAX) {
    throw InputError(source.name(), "is too large to read as Markdown (more than 4 GiB)");
  }

  MD_PARSER parser{};
  parser.flags = kMarkdownFlags;
  parser.enter_block = [](MD_BLOCKTYPE type, void*, void* userdata) {
    return reader_of(userdata).guarded([&] { reader_of(userdata).enter_block(type); });
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* userdata) {
    return reader_of(userdata).guarded([&] { reader_of(userdata).leave_block(type); });
  };
  parser.enter_span = [](MD_SPANTYPE type, void* detail, void* userdata) {
    return reader_of(userdata).guarded([&] { reader_of(userdata).enter_span(type, detail); });
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* userdata) {
    return reader_of(userdata).guarded([&] { reader_of(userdata).leave_span(type); });
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    return reader_of(userdata).guarded([&] { reader_of(userdata).text(type, text, size); });
  };

  MarkdownReader reader(document);
  const int result = md_parse(document.data() + start,
                              static_cast<MD_SIZE>(document.size() - start), &parser, &reader);
  if (reader.failure()) {
    try {
      std::rethrow_exception(reader.failure());
    } catch (const InputError&) {
      throw;
    } catch (const std::exception& error) {
      throw InputError(source.name(),
                       std::string("could not be read as Markdown: ") + error.what());
    }
  }
  if (result != 0) throw InputError(source.name(), "could not be read as Markdown (out of memory)");
  return reader.take_blocks();
}

}  // namespace claimcheck
