#include "claims/review_comments.h"

#include <map>
#include <optional>
#include <vector>

namespace claimcheck {
namespace {

// A line-by-line reading of a block-style YAML fragment that knows just
// enough to tell comments from text: which lines are keys (and the key's
// path), and where scalars that span lines (quoted, block, flow) begin and
// end. It never fails: a line it cannot place gets no path, and its comment
// then travels with the next key.
class CommentScanner {
 public:
  struct Line {
    std::string path;             // "review/sources/#0/url"; empty when not a key or list entry
    std::size_t indent = 0;       // of the first non-space character
    std::string_view comment;     // "# ..." of a comment-only line or after a value
    bool comment_only = false;
    bool blank = false;
  };

  Line scan(std::string_view line) {
    Line result;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    result.indent = std::min(line.find_first_not_of(' '), line.size());
    const bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (mode_ == Mode::block_scalar) {
      // Content lines of `|` and `>` scalars, '#' and all, are text.
      if (blank || result.indent > block_parent_indent_) return result;
      mode_ = Mode::normal;
    }
    if (mode_ != Mode::normal) {
      result.comment = scan_value(line, 0);
      return result;
    }
    if (blank) {
      result.blank = true;
      return result;
    }
    if (line[result.indent] == '#') {
      result.comment_only = true;
      result.comment = line.substr(result.indent);
      return result;
    }
    std::size_t at = result.indent;
    bool structural = false;
    // "- " opens a list entry; its position among its siblings names it.
    while (at < line.size() && line[at] == '-' && (at + 1 == line.size() || line[at + 1] == ' ')) {
      while (!path_.empty() && (path_.back().indent > at || (path_.back().indent == at && path_.back().entry))) {
        path_.pop_back();
      }
      const std::string parent = joined();
      const std::size_t index = entries_[parent]++;
      path_.push_back({at, "#" + std::to_string(index), true});
      structural = true;
      at = line.find_first_not_of(' ', at + 1);
      if (at == std::string_view::npos) at = line.size();
    }
    std::size_t value_start = at;
    if (const std::optional<std::size_t> colon = plain_key_end(line, at)) {
      while (!path_.empty() && path_.back().indent >= at) path_.pop_back();
      path_.push_back({at, std::string(line.substr(at, *colon - at)), false});
      structural = true;
      value_start = *colon + 1;
    }
    if (structural) result.path = joined();
    const std::size_t first = line.find_first_not_of(' ', value_start);
    if (first != std::string_view::npos && (line[first] == '|' || line[first] == '>')) {
      mode_ = Mode::block_scalar;
      // Content must be indented more than the key (or the entry's dash).
      block_parent_indent_ = path_.empty() ? result.indent : path_.back().indent;
      const std::size_t hash = line.find(" #", first);
      if (hash != std::string_view::npos) result.comment = line.substr(hash + 1);
      return result;
    }
    token_start_ = true;
    result.comment = scan_value(line, value_start);
    return result;
  }

 private:
  enum class Mode { normal, block_scalar, double_quoted, single_quoted };
  struct Step {
    std::size_t indent;
    std::string name;
    bool entry;
  };

  std::string joined() const {
    std::string text;
    for (const Step& step : path_) {
      if (!text.empty()) text += '/';
      text += step.name;
    }
    return text;
  }

  // The end of a plain mapping key starting at `at` (the ':' that ends it),
  // if the line has one there.
  static std::optional<std::size_t> plain_key_end(std::string_view line, std::size_t at) {
    if (at >= line.size()) return std::nullopt;
    const char first = line[at];
    if (first == '"' || first == '\'' || first == '[' || first == '{' || first == '#' || first == '|' ||
        first == '>' || first == '&' || first == '*' || first == '!') {
      return std::nullopt;
    }
    for (std::size_t i = at; i < line.size(); ++i) {
      if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) return i;
      if (line[i] == '#' && i > at && line[i - 1] == ' ') return std::nullopt;
    }
    return std::nullopt;
  }

  // Scans a value from `at` (or a continuation line, in the current mode)
  // and returns the comment that ends the line, if any. A quote opens a
  // quoted scalar only where a token starts; inside plain text
  // ("Rouhani's speech") it is just a character.
  std::string_view scan_value(std::string_view line, std::size_t at) {
    for (std::size_t i = at; i < line.size(); ++i) {
      const char c = line[i];
      if (mode_ == Mode::double_quoted) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          mode_ = Mode::normal;
          token_start_ = false;
        }
        continue;
      }
      if (mode_ == Mode::single_quoted) {
        if (c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
        } else if (c == '\'') {
          mode_ = Mode::normal;
          token_start_ = false;
        }
        continue;
      }
      if (c == ' ' || c == '\t') continue;
      if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(i);
      if (token_start_ && c == '"') {
        mode_ = Mode::double_quoted;
      } else if (token_start_ && c == '\'') {
        mode_ = Mode::single_quoted;
      } else if (c == '[' || c == '{' || c == ',' || (c == ':' && flow_depth_ > 0)) {
        if (c == '[' || c == '{') ++flow_depth_;
        token_start_ = true;
      } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
        --flow_depth_;
        token_start_ = false;
      } else {
        token_start_ = false;
      }
    }
    // A plain scalar or flow collection may go on; the next line decides.
    if (mode_ == Mode::normal && flow_depth_ > 0) token_start_ = true;
    return {};
  }

  Mode mode_ = Mode::normal;
  std::size_t block_parent_indent_ = 0;
  int flow_depth_ = 0;
  bool token_start_ = true;
  std::vector<Step> path_;
  std::map<std::string, std::size_t> entries_;  // entries seen so far under each list
};

template <typename Visit>
void for_each_line(std::string_view text, Visit visit) {
  for (std::size_t at = 0; at < text.size();) {
    std::size_t newline = text.find('\n', at);
    if (newline == std::string_view::npos) newline = text.size();
    visit(text.substr(at, newline - at));
    at = newline + 1;
  }
}

struct KeyComments {
  std::vector<std::string_view> before;
  std::vector<std::string_view> after;  // on the key's line, or on the lines its value continues over
};

}  // namespace

std::string carry_review_comments(std::string_view old_block, std::string_view new_block) {
  std::map<std::string, KeyComments> by_path;
  std::vector<std::string> path_order;  // paths in the order the old block has them
  std::vector<std::string_view> pending;  // comment lines waiting for the next key
  std::string last_path;                  // the key whose value a continuation line belongs to
  bool any = false;
  CommentScanner old_scanner;
  for_each_line(old_block, [&](std::string_view line) {
    const CommentScanner::Line scanned = old_scanner.scan(line);
    if (!scanned.path.empty()) {
      if (by_path.find(scanned.path) == by_path.end()) path_order.push_back(scanned.path);
      KeyComments& comments = by_path[scanned.path];
      comments.before.insert(comments.before.end(), pending.begin(), pending.end());
      pending.clear();
      last_path = scanned.path;
    }
    if (scanned.comment.empty()) return;
    any = true;
    if (scanned.comment_only || last_path.empty()) {
      pending.push_back(scanned.comment);
    } else {
      by_path[last_path].after.push_back(scanned.comment);
    }
  });
  if (!any) return std::string(new_block);

  std::string out;
  std::size_t child_indent = 2;
  CommentScanner new_scanner;
  for_each_line(new_block, [&](std::string_view line) {
    const CommentScanner::Line scanned = new_scanner.scan(line);
    if (scanned.path == "review") child_indent = scanned.indent + 2;
    const auto found = scanned.path.empty() ? by_path.end() : by_path.find(scanned.path);
    if (found != by_path.end()) {
      for (std::string_view comment : found->second.before) {
        out.append(scanned.indent, ' ');
        out += comment;
        out += '\n';
      }
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += line;
    if (found != by_path.end()) {
      // The first comment stays on the line; any more (from continuation
      // lines of a multi-line value) follow it on lines of their own.
      bool first = true;
      for (std::string_view comment : found->second.after) {
        if (first) {
          out += "  ";
        } else {
          out += '\n';
          out.append(scanned.indent, ' ');
        }
        out += comment;
        first = false;
      }
      by_path.erase(found);
    }
    out += '\n';
  });
  // Comments whose key the new block lacks, in the old block's order, then
  // those after the old block's last key.
  std::vector<std::string_view> left;
  for (const std::string& path : path_order) {
    const auto found = by_path.find(path);
    if (found == by_path.end()) continue;
    left.insert(left.end(), found->second.before.begin(), found->second.before.end());
    left.insert(left.end(), found->second.after.begin(), found->second.after.end());
  }
  left.insert(left.end(), pending.begin(), pending.end());
  for (std::string_view comment : left) {
    out.append(child_indent, ' ');
    out += comment;
    out += '\n';
  }
  return out;
}

}  // namespace claimcheck
