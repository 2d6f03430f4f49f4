#include "extract/extractor.h"

#include <algorithm>
#include <cctype>
#include <span>

#include "base/sha256.h"
#include "claimcheck/version.h"
#include "extract/checkworthiness.h"
#include "extract/checkworthiness_features.h"
#include "extract/claim_ids.h"
#include "extract/decomposer.h"
#include "extract/english_lexicon.h"
#include "text/markdown_reader.h"
#include "text/plain_text_reader.h"
#include "text/sentence_splitter.h"

namespace claimcheck {

namespace {

// Appends the links whose visible text overlaps `visible` (a range of the
// block's text) to `citations`, each once, in order.
void add_citations(const Block& block, Span visible, std::vector<Citation>& citations) {
  for (const BlockLink& link : block.links) {
    if (link.text_range.start >= visible.end || link.text_range.end <= visible.start) continue;
    Citation citation{link.url, link.text};
    if (std::find(citations.begin(), citations.end(), citation) == citations.end()) {
      citations.push_back(std::move(citation));
    }
  }
}

// The links whose visible text overlaps the sentence, each once, in order.
std::vector<Citation> citations_in(const Block& block, Span sentence) {
  std::vector<Citation> citations;
  add_citations(block, sentence, citations);
  return citations;
}

// "Ming Zhou is a senior researcher at Microsoft Research Asia", "Canberra
// is the capital of Australia": what a named thing is, which a reviewer can
// look up like a date.
bool classifies(std::string_view text) {
  for (const std::string_view copula : {" is a ", " is an ", " is the ", " was a ", " was an ", " was the "}) {
    if (text.find(copula) != std::string_view::npos) return true;
  }
  // "Ruth Adeyemi chairs the transport committee": a role a named person or
  // body holds, in the present; the name must stand right before the verb
  // ("that leads me to" is no role).
  for (const std::string_view role : {" chairs the ", " heads the ", " leads the ", " runs the ", " owns the ",
                                      " manages the ", " directs the ", " coaches the ", " edits the "}) {
    const std::size_t at = text.find(role);
    if (at == std::string_view::npos) continue;
    std::size_t word = text.rfind(' ', at == 0 ? 0 : at - 1);
    word = word == std::string_view::npos ? 0 : word + 1;
    if (word < at && text[word] >= 'A' && text[word] <= 'Z') return true;
  }
  // "Maria Lopez is Harbor's chief executive": a role held at a named thing.
  for (const std::string_view copula : {" is ", " was "}) {
    const std::size_t at = text.find(copula);
    if (at == std::string_view::npos) continue;
    const std::size_t word = at + copula.size();
    const std::size_t end = text.find(' ', word);
    if (end == std::string_view::npos || word >= text.size()) continue;
    const std::string_view owner = text.substr(word, end - word);
    const bool capitalised = owner.front() >= 'A' && owner.front() <= 'Z';
    if (capitalised && (owner.ends_with("'s") || owner.ends_with("\xE2\x80\x99s"))) return true;
  }
  return false;
}

// Whether a list item's text carries on a lead-in that ended with a colon
// ("the council will cut:" / "- £4.2 million from library services"): it
// opens in lower case, with a number or with a currency sign. An item that
// opens with a capital is taken to be a sentence of its own.
bool continues_lead_in(std::string_view item) {
  const std::size_t first = item.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  const unsigned char c = static_cast<unsigned char>(item[first]);
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$') return true;
  const std::string_view rest = item.substr(first);
  return rest.starts_with("\xC2\xA3") || rest.starts_with("\xE2\x82\xAC");  // "£", "€"
}

// A sentence ending in a colon whose list items carry it on ("The board
// said its inquiry would examine:" / "- the aircraft's speed").
struct LeadIn {
  const Block* block = nullptr;
  Span visible;  // the sentence in the block's text, without its colon
};

// Maps a range of `lead_in`'s text, a space and then the item's text (the
// item at `item_visible` of `item`, from `item_at` on) to the document
// bytes it shows; a range across both runs from the lead-in's byte to the
// item's.
SentenceToDocument lead_in_mapping(const LeadIn& lead_in, const Block& item, Span item_visible, std::size_t item_at) {
  return [&lead_in, &item, item_visible, item_at](Span in_sentence) {
    const auto byte = [&](std::size_t offset) {
      return offset < item_at
                 ? lead_in.block->source_span(Span{lead_in.visible.start + offset, lead_in.visible.start + offset + 1})
                 : item.source_span(Span{item_visible.start + offset - item_at, item_visible.start + offset - item_at + 1});
    };
    return Span{byte(in_sentence.start).start, byte(in_sentence.end - 1).end};
  };
}

// Whether a sentence ending in a colon (`text`, colon included) is a label
// ("Key changes:", at most three words) or ends on a verb that its list
// completes ("Some reasons for this include:", "The findings were:").
bool dangles(std::string_view text) {
  text.remove_suffix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  if (std::count(text.begin(), text.end(), ' ') < 3) return true;
  // ("Marsh attached 14 conditions, the most significant of which are:"
  // has a clause of its own before its comma.)
  if (text.find(',') != std::string_view::npos) return false;
  const std::size_t space = text.rfind(' ');
  std::string last(text.substr(space == std::string_view::npos ? 0 : space + 1));
  for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return last == "include" || last == "includes" || last == "included" || last == "are" || last == "were" ||
         last == "is" || last == "was" || last == "follow" || last == "follows" || last == "said" || last == "says";
}

bool has_signal(const std::vector<std::string>& signals, std::string_view name) {
  return std::find(signals.begin(), signals.end(), name) != signals.end();
}

// The column labels of the table being read: its header row's cells.
class TableHeader {
 public:
  void add(const Block& cell) {
    if (cell.cell->table_index != table_index_) {
      cells_.clear();
      table_index_ = cell.cell->table_index;
    }
    if (cells_.size() <= cell.cell->column) cells_.resize(cell.cell->column + 1, nullptr);
    cells_[cell.cell->column] = &cell;
  }
  // The label of `body_cell`'s column, or nullptr if its table has none there.
  const Block* label_of(const Block& body_cell) const {
    const Block::CellPosition& at = *body_cell.cell;
    return at.table_index == table_index_ && at.column < cells_.size() ? cells_[at.column] : nullptr;
  }

 private:
  std::size_t table_index_ = static_cast<std::size_t>(-1);
  std::vector<const Block*> cells_;
};

bool same_row(const Block& a, const Block& b) {
  return a.kind == BlockKind::table_cell && b.kind == BlockKind::table_cell && a.cell && b.cell &&
         a.cell->table_index == b.cell->table_index && a.cell->row == b.cell->row;
}

// A row reads as one record when it has two cells or more and each is a
// value or a short label (at most eight words, one sentence at most): a row
// of sentences is prose, each cell read as such.
bool reads_as_record(std::span<const Block> row) {
  if (row.size() < 2) return false;
  return std::all_of(row.begin(), row.end(), [](const Block& cell) {
    const std::string text = fold_white_space(cell.text);
    return std::count(text.begin(), text.end(), ' ') < 8 && split_sentences(text).size() <= 1;
  });
}

// "Libraries: Cut £4.2m; Jobs lost 35." from the row "| Libraries | £4.2m |
// 35 |" under "| Service | Cut | Jobs lost |": the first cell, then each
// other cell after its column's label. Every word is the table's; the
// labels' bytes are among the claim's source spans.
AtomicClaim record_claim(std::span<const Block> row, const TableHeader& header) {
  AtomicClaim claim;
  std::vector<Span> label_spans;
  claim.text = fold_white_space(row.front().text);
  for (std::size_t k = 1; k < row.size(); ++k) {
    claim.text += k == 1 ? ": " : "; ";
    if (const Block* label = header.label_of(row[k])) {
      claim.text += fold_white_space(label->text);
      claim.text += ' ';
      label_spans.push_back(label->span);
    }
    claim.text += fold_white_space(row[k].text);
  }
  if (!claim.text.ends_with('.')) claim.text += '.';
  claim.source_spans = std::move(label_spans);  // the header row comes first in the document
  for (const Block& cell : row) claim.source_spans.push_back(cell.span);
  return claim;
}

// What a claim was cut from: a sentence, or a table row read as one.
struct ClaimSource {
  Span span;                    // its document bytes: the claim's quote
  Position position;            // of span.start
  std::string_view text;        // white space folded
  Checkworthiness worthiness;   // of `text`
  std::vector<Citation> citations;
  bool quoted = false;
  // A lead-in completed by a list item: the document offsets where the
  // lead-in ends and the item starts (0 and 0 otherwise).
  std::size_t lead_in_end = 0;
  std::size_t item_start = 0;
};

// Appends the claim `atomic` makes to `file`, with its id, score and flags.
void add_claim(ClaimsFile& file, ClaimIdAllocator& ids, const SourceText& source, const std::string& section,
               const ClaimSource& from, AtomicClaim& atomic) {
  // Built in place: a claim is large, and moving one in costs as much
  // as filling it.
  Claim& claim = file.claims.emplace_back();
  claim.quote = std::string(source.slice(from.span.start, from.span.end));
  claim.text = take_folded(std::move(atomic.text));
  claim.id = ids.allocate(claim.text);
  claim.start = from.span.start;
  claim.end = from.span.end;
  claim.line = from.position.line;
  claim.column = from.position.column;
  claim.section = section;
  // Most sentences are one claim worded as the sentence: score once.
  Checkworthiness worthiness = claim.text == from.text ? from.worthiness : score_checkworthiness(claim.text);
  // The model learnt from whole sentences: a claim cut from a
  // check-worthy sentence ("Two counties are in extreme drought", from
  // "According to the monitor, ...") keeps its sentence's score when
  // its own words score lower.
  if (from.worthiness.score > worthiness.score) {
    worthiness.score = from.worthiness.score;
    worthiness.checkworthy = from.worthiness.checkworthy;
  }
  // A name at the claim's start that the text alone cannot show to be one.
  if (atomic.opens_with_name) worthiness.signal_bits |= 1u << kSignalNamedEntity;
  claim.score = worthiness.score;
  claim.checkworthy = worthiness.checkworthy;
  const auto has = [&](CheckworthinessSignal signal) { return (worthiness.signal_bits & (1u << signal)) != 0; };
  // What fact-checkers check first, whatever the debate-trained model
  // makes of the wording (ClaimBuster's strongest features): a named
  // entity together with a number, date or amount, or with a
  // past-tense action ("Argentina has won the World Cup once").
  const bool concrete = has(kSignalYear) || has(kSignalDate) || has(kSignalNumber) || has(kSignalPercent) ||
                        has(kSignalMoney);
  if (!claim.checkworthy && has(kSignalNamedEntity) &&
      (concrete || has(kSignalActionVerb) || classifies(claim.text))) {
    claim.checkworthy = true;
  }
  // A superlative ranks something against all others ("the fastest
  // animal", "the brightest objects in the universe"): checkable
  // unless it is hedged, about the future or a judgement.
  if (!claim.checkworthy && has(kSignalSuperlative) && !has(kSignalOpinion) && !has(kSignalHedge) &&
      !has(kSignalFuture) && !has(kSignalFirstPerson)) {
    claim.checkworthy = true;
  }
  // A direct quotation from a named speaker: whether they said these
  // words is checkable whatever the words are (misquotes are a
  // classic correction), so it is checked as such.
  const bool named_quotation = atomic.quotation && atomic.attribution && !atomic.attribution->vague &&
                               !atomic.attribution->who.empty() && atomic.attribution->who.front() >= 'A' &&
                               atomic.attribution->who.front() <= 'Z';
  if (named_quotation) claim.checkworthy = true;
  // Evaluative language with nothing concrete to check against (no
  // number, date or amount) is a characterisation: "a shared
  // ideological affinity", "a complex relationship".
  if (claim.checkworthy && has(kSignalOpinion) && !concrete && !named_quotation) {
    claim.checkworthy = false;
  }
  claim.signals = worthiness.signals();
  // The sentence's form overrides the score: a question, an
  // instruction or a judgement is kept but does not need checking.
  if (!atomic.not_checkworthy_reason.empty()) {
    claim.checkworthy = false;
    if (!has_signal(claim.signals, atomic.not_checkworthy_reason)) {
      claim.signals.push_back(atomic.not_checkworthy_reason);
    }
  }
  // "He reportedly suffered a broken ankle": reported by whom? A hedge
  // that rests the claim on unnamed others is a vague source too.
  const bool unnamed_report =
      !atomic.attribution && std::any_of(atomic.hedges.begin(), atomic.hedges.end(), [](const std::string& hedge) {
        return english::has_kind(hedge, english::k_hearsay_hedge);
      });
  if (((atomic.attribution && atomic.attribution->vague) || unnamed_report) &&
      !has_signal(claim.signals, "vague-attribution")) {
    claim.signals.push_back("vague-attribution");
  }
  claim.citations = from.citations;
  claim.quoted = from.quoted;
  claim.attribution = std::move(atomic.attribution);
  claim.hedges = std::move(atomic.hedges);
  claim.ambiguous = std::move(atomic.ambiguous);
  for (const Span& s : atomic.source_spans) {
    // A run of words from the lead-in into the item maps to one range
    // that would also cover the colon, the list markers and any items
    // in between: it is two ranges.
    if (from.lead_in_end > 0 && s.start < from.lead_in_end && s.end > from.item_start) {
      claim.source_spans.push_back({s.start, from.lead_in_end});
      claim.source_spans.push_back({from.item_start, s.end});
    } else {
      claim.source_spans.push_back({s.start, s.end});
    }
  }
}

}  // namespace

const char* document_format_name(DocumentFormat format) {
  return format == DocumentFormat::markdown ? "markdown" : "text";
}

std::optional<DocumentFormat> parse_document_format(std::string_view name) {
  if (name == "text") return DocumentFormat::text;
  if (name == "markdown") return DocumentFormat::markdown;
  return std::nullopt;
}

DocumentFormat document_format_for_path(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return DocumentFormat::text;
  std::string extension(name.substr(dot + 1));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == "md" || extension == "markdown" ? DocumentFormat::markdown
                                                      : DocumentFormat::text;
}

ClaimsFile extract_claims(const SourceText& source, const ExtractOptions& options) {
  ClaimsFile file;
  file.document.path = options.document_path;
  file.document.sha256 = sha256_hex(source.bytes());
  file.document.format = document_format_name(options.format);
  file.document.extractor_name = kExtractorName;
  file.document.extractor_version = kVersion;
  file.document.extracted = options.extracted_time;

  ClaimIdAllocator ids;
  Decomposer decomposer;
  // About one claim per 65 bytes of prose (the benchmark corpus): growing
  // a vector of claims by doubling moves every claim on a large document.
  // Capacity never touched costs address space, not memory, so reserve
  // for one per 50.
  file.claims.reserve(source.bytes().size() / 50 + 16);
  std::string section;
  const std::vector<Block> blocks = options.format == DocumentFormat::markdown
                                        ? read_markdown(source)
                                        : read_plain_text(source);
  // Each list item that carries on a lead-in is read as the lead-in
  // completed by the item, and the lead-in, which says nothing on its own,
  // gives no claim.
  std::optional<LeadIn> lead_in;
  std::string combined;  // scratch: a lead-in and one of its items
  TableHeader header;    // of the table being read
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.kind == BlockKind::heading) {
      section = fold_white_space(block.text);
      decomposer.start_section();
      lead_in.reset();
      continue;
    }
    if (block.kind != BlockKind::list_item) lead_in.reset();
    if (block.kind == BlockKind::table_header) {
      if (block.cell) header.add(block);
      continue;
    }
    // A table row of short cells ("Libraries | £4.2m | 35") states one
    // record: one claim, its cells named by their column labels.
    if (block.kind == BlockKind::table_cell && block.cell && (b == 0 || !same_row(blocks[b - 1], block))) {
      std::size_t row_end = b + 1;
      while (row_end < blocks.size() && same_row(blocks[row_end], block)) ++row_end;
      const std::span<const Block> row(blocks.data() + b, row_end - b);
      if (reads_as_record(row)) {
        AtomicClaim atomic = record_claim(row, header);
        const std::string text = atomic.text;  // add_claim takes the claim's own
        ClaimSource from;
        from.span = Span{row.front().span.start, row.back().span.end};
        from.position = source.position(from.span.start);
        from.text = text;
        from.worthiness = score_checkworthiness(text);
        from.quoted = block.quoted;
        for (const Block& cell : row) add_citations(cell, Span{0, cell.text.size()}, from.citations);
        add_claim(file, ids, source, section, from, atomic);
        b = row_end - 1;
        continue;
      }
    }
    const std::vector<Span> sentences = split_sentences(block.text);
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const Span& visible = sentences[s];
      const Span span = block.source_span(visible);
      std::string_view sentence = std::string_view(block.text).substr(visible.start, visible.size());
      SentenceToDocument to_document = [&](Span in_sentence) {
        return block.source_span(Span{visible.start + in_sentence.start, visible.start + in_sentence.end});
      };
      const bool completes_lead_in = s == 0 && lead_in && continues_lead_in(sentence);
      std::size_t lead_in_end = 0;  // document offsets where the lead-in ends and the item starts
      std::size_t item_start = 0;
      if (completes_lead_in) {
        lead_in_end = lead_in->block->source_span(lead_in->visible).end;
        item_start = span.start;
        const std::string_view lead = std::string_view(lead_in->block->text).substr(lead_in->visible.start,
                                                                                   lead_in->visible.size());
        combined.assign(lead);
        combined += ' ';
        const std::size_t item_at = combined.size();
        combined += sentence;
        sentence = combined;
        to_document = lead_in_mapping(*lead_in, block, visible, item_at);
      }
      // A lead-in: the last sentence of its block, ending in a colon, with
      // a list item next that carries it on.
      const std::string_view folded_end = sentence.substr(0, sentence.find_last_not_of(" \t\r\n") + 1);
      const bool before_list = !completes_lead_in && s + 1 == sentences.size() && folded_end.ends_with(':') &&
                               b + 1 < blocks.size() && blocks[b + 1].kind == BlockKind::list_item;
      const bool is_lead_in = before_list && continues_lead_in(blocks[b + 1].text);
      // "Key changes:" or "Some reasons for this include:" before a list
      // whose items stand alone: a label, or a clause its list completes,
      // that states nothing of its own (read for names, as a lead-in is).
      // "The plan has two conditions:" does state something.
      const bool is_label = before_list && !is_lead_in && dangles(folded_end);
      if (is_label) {
        decomposer.decompose(sentence, to_document);
        continue;
      }
      if (is_lead_in) {
        std::size_t end = visible.start + folded_end.size() - 1;  // before the colon
        while (end > visible.start && (block.text[end - 1] == ' ' || block.text[end - 1] == '\n')) --end;
        lead_in = LeadIn{&block, Span{visible.start, end}};
        // Read for what it names (people, frames), but it states nothing.
        decomposer.decompose(sentence, to_document);
        continue;
      }
      // Most sentences are already folded: read in place, not copied.
      std::string folded_sentence;
      const std::string_view sentence_text =
          is_folded(sentence) ? sentence : std::string_view(folded_sentence = fold_white_space(sentence));
      ClaimSource from{span, source.position(span.start), sentence_text, score_checkworthiness(sentence_text),
                       citations_in(block, visible), block.quoted, completes_lead_in ? lead_in_end : 0,
                       completes_lead_in ? item_start : 0};
      for (AtomicClaim& atomic : decomposer.decompose(sentence, to_document)) {
        add_claim(file, ids, source, section, from, atomic);
      }
    }
  }
  return file;
}

}  // namespace claimcheck
