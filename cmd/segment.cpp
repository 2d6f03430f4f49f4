// claimcheck segment [FILE|-] [--format text|markdown] [--jsonl]
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/error.h"
#include "base/file_io.h"
#include "cli.h"
#include "command.h"
#include "text/block.h"
#include "text/line_index.h"
#include "text/markdown_reader.h"
#include "text/plain_text_reader.h"
#include "text/sentence_splitter.h"
#include "text/source_text.h"

namespace claimcheck::cli {

namespace {

constexpr const char* kStdinName = "<stdin>";

std::string read_standard_input() {
  std::string bytes;
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0;) {
    bytes.append(buffer, n);
  }
  if (std::ferror(stdin)) {
    throw InputError(kStdinName, std::string("cannot read: ") + std::strerror(errno));
  }
  return bytes;
}

// Appends `text` to `out` with each line break (and the blanks around it)
// shown as one space, so a hard-wrapped sentence reads as one line.
void append_on_one_line(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\n' && c != '\r') {
      out += c;
      continue;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    while (i + 1 < text.size() &&
           (text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n' ||
            text[i + 1] == '\r')) {
      ++i;
    }
    out += ' ';
  }
}

// Collects output and writes it in large pieces: segmenting is fast enough
// that per-line stream writes would dominate the run time.
class LineWriter {
 public:
  ~LineWriter() { flush(); }

  // Appends `text` on one line (see append_on_one_line) and a newline.
  void write_line(std::string_view text) {
    append_on_one_line(buffer_, text);
    buffer_ += '\n';
    if (buffer_.size() >= (1 << 16)) flush();
  }

  void flush() {
    std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    std::fflush(stdout);
    buffer_.clear();
  }

 private:
  std::string buffer_;
};

int segment_document(const std::string& name, std::string bytes, const std::string& format) {
  const SourceText source(name, std::move(bytes));
  const std::vector<Block> blocks =
      format == "markdown" ? read_markdown(source) : read_plain_text(source);
  LineWriter out;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::table_header) continue;  // a column's label, not prose
    // A heading is one segment of its own: it has no sentences to split, and
    // leaving it out would hide text that the extractor does see.
    if (block.kind == BlockKind::heading) {
      out.write_line(block.text);
      continue;
    }
    const std::string_view text = block.text;
    for (const Span& sentence : split_sentences(text)) {
      out.write_line(text.substr(sentence.start, sentence.size()));
    }
  }
  return kExitOk;
}

// nlohmann's messages start "[json.exception.parse_error.101] parse error at
// line 1, column 6: "; the line and column are ours to give, in our form.
std::string parse_error_reason(const nlohmann::json::parse_error& error) {
  const std::string message = error.what();
  const std::size_t column = message.find(", column ");
  if (column == std::string::npos) return message;
  const std::size_t colon = message.find(": ", column);
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

const char* json_type_name(const nlohmann::ordered_json& value) {
  return value.is_object() ? "an object" : value.is_array() ? "an array"
       : value.is_string() ? "a string" : value.is_boolean() ? "a boolean"
       : value.is_number() ? "a number" : "null";
}

// One JSON Lines record: {"id": <any>, "text": "<string>"}, other keys
// ignored. Returns the output record, or throws InputError at `line_start`.
nlohmann::ordered_json segment_record(std::string_view line, std::size_t line_start,
                                      const std::string& name, const LineIndex& lines) {
  if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
    const std::size_t offset = line_start + static_cast<std::size_t>(
                                                static_cast<const char*>(nul) - line.data());
    throw InputError(name, lines.position(offset),
                     "binary data: NUL byte at byte offset " + std::to_string(offset) +
                         "; expected UTF-8 JSON Lines");
  }
  if (const std::size_t bad = find_invalid_utf8(line); bad != std::string_view::npos) {
    throw InputError(name, lines.position(line_start + bad),
                     "invalid UTF-8 at byte offset " + std::to_string(line_start + bad) +
                         "; convert the input to UTF-8 (e.g. iconv -f latin1 -t utf-8)");
  }
  nlohmann::ordered_json record;
  try {
    record = nlohmann::ordered_json::parse(line);
  } catch (const nlohmann::json::parse_error& error) {
    // `byte` is 1-based and may point one past the line at its end.
    const std::size_t byte = error.byte == 0 ? 0 : error.byte - 1;
    throw InputError(name, lines.position(line_start + std::min(byte, line.size())),
                     "invalid JSON: " + parse_error_reason(error));
  }
  const Position at = lines.position(line_start);
  if (!record.is_object()) {
    throw InputError(name, at,
                     std::string("expected a JSON object {\"id\": ..., \"text\": \"...\"}, got ") +
                         json_type_name(record));
  }
  if (!record.contains("id")) throw InputError(name, at, "the record has no \"id\"");
  const auto text = record.find("text");
  if (text == record.end()) throw InputError(name, at, "the record has no \"text\"");
  if (!text->is_string()) {
    throw InputError(name, at,
                     std::string("\"text\" must be a string, got ") + json_type_name(*text));
  }
  const std::string& prose = text->get_ref<const std::string&>();
  if (prose.find('\0') != std::string::npos) {
    throw InputError(name, at, "binary data: \"text\" holds a NUL character (\\u0000); expected "
                               "UTF-8 text");
  }
  nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
  for (const Span& sentence : split_sentences(prose)) {
    // On one line, as in the text output: comparison scripts (and the
    // Golden Rules) expect a hard-wrapped sentence with a space, not a break.
    std::string one_line;
    append_on_one_line(one_line, std::string_view(prose).substr(sentence.start, sentence.size()));
    sentences.push_back(std::move(one_line));
  }
  nlohmann::ordered_json result;
  result["id"] = record["id"];
  result["sentences"] = std::move(sentences);
  return result;
}

// Every line is handled, good or bad, before the exit code reports the bad
// ones: a batch job learns about all of its broken records in one run.
int segment_json_lines(const std::string& name, const std::string& bytes) {
  const LineIndex lines(bytes);
  const std::string_view input = bytes;
  bool failed = false;
  for (std::size_t start = 0; start < input.size();) {
    std::size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(start, end - start);
    // Blank lines (a trailing one, say) carry no record.
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      try {
        std::cout << segment_record(line, start, name, lines)
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
      } catch (const InputError& error) {
        std::cout.flush();
        print_diagnostics(error.diagnostics(), std::cerr);
        failed = true;
      }
    }
    start = end + 1;
  }
  std::cout.flush();
  return failed ? kExitInputError : kExitOk;
}

}  // namespace

int run_segment(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("format", po::value<std::string>()->default_value("text")->value_name("FORMAT"),
       "how to read FILE: 'text' (plain text, as extract reads it) or 'markdown'")
      ("jsonl", po::bool_switch(),
       "read JSON Lines records {\"id\": ..., \"text\": \"...\"} and write one "
       "{\"id\": ..., \"sentences\": [...]} per record; each text is split as one block of "
       "prose, without looking for headings or paragraphs");
  po::options_description hidden;
  hidden.add_options()("file", po::value<std::string>(), "");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (!parse_arguments(
          args, "segment [FILE|-] [--format text|markdown] [--jsonl]",
          "Splits a UTF-8 document into sentences the way extract does and prints one per line,\n"
          "a line break inside a sentence shown as a space. Reads FILE, or standard input when\n"
          "FILE is '-' or missing. Paragraphs and list items are split into sentences (list\n"
          "markers left out); each heading is printed whole on its own line.",
          options, hidden, positional, vm)) {
    return kExitOk;
  }
  const std::string format = vm["format"].as<std::string>();
  if (format != "text" && format != "markdown") {
    throw UsageError("unknown --format '" + format + "'; expected text or markdown");
  }
  const bool json_lines = vm["jsonl"].as<bool>();
  if (json_lines && !vm["format"].defaulted()) {
    throw UsageError("--format does not apply to --jsonl: each record's text is prose");
  }
  const std::string file = vm.count("file") ? vm["file"].as<std::string>() : "-";
  const std::string name = file == "-" ? kStdinName : file;
  std::string bytes = file == "-" ? read_standard_input() : read_file(file);
  return json_lines ? segment_json_lines(name, bytes)
                    : segment_document(name, std::move(bytes), format);
}

}  // namespace claimcheck::cli
