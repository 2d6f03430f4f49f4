#include "extract/extractor.h"

#include <algorithm>
#include <cctype>

#include "base/sha256.h"
#include "claimcheck/version.h"
#include "extract/checkworthiness.h"
#include "extract/claim_ids.h"
#include "extract/decomposer.h"
#include "text/markdown_reader.h"
#include "text/plain_text_reader.h"
#include "text/sentence_splitter.h"

namespace claimcheck {

namespace {

// The links whose visible text overlaps the sentence, each once, in order.
std::vector<Citation> citations_in(const Block& block, Span sentence) {
  std::vector<Citation> citations;
  for (const BlockLink& link : block.links) {
    if (link.text_range.start >= sentence.end || link.text_range.end <= sentence.start) continue;
    Citation citation{link.url, link.text};
    if (std::find(citations.begin(), citations.end(), citation) == citations.end()) {
      citations.push_back(std::move(citation));
    }
  }
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

bool has_signal(const std::vector<std::string>& signals, std::string_view name) {
  return std::find(signals.begin(), signals.end(), name) != signals.end();
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
  // About one claim per 100 bytes of prose: growing a vector of claims
  // by doubling moves every claim several times on a large document.
  file.claims.reserve(source.bytes().size() / 100 + 16);
  std::string section;
  const std::vector<Block> blocks = options.format == DocumentFormat::markdown
                                        ? read_markdown(source)
                                        : read_plain_text(source);
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::heading) {
      section = fold_white_space(block.text);
      decomposer.start_section();
      continue;
    }
    for (const Span& visible : split_sentences(block.text)) {
      const Span span = block.source_span(visible);
      const std::string_view sentence = std::string_view(block.text).substr(visible.start, visible.size());
      const SentenceToDocument to_document = [&](Span in_sentence) {
        return block.source_span(Span{visible.start + in_sentence.start, visible.start + in_sentence.end});
      };
      const Position position = source.position(span.start);
      std::vector<Citation> citations = citations_in(block, visible);
      const std::string sentence_text = fold_white_space(sentence);
      const Checkworthiness sentence_worthiness = score_checkworthiness(sentence_text);
      for (AtomicClaim& atomic : decomposer.decompose(sentence, to_document)) {
        Claim claim;
        claim.quote = std::string(source.slice(span.start, span.end));
        claim.text = fold_white_space(atomic.text);
        claim.id = ids.allocate(claim.text);
        claim.start = span.start;
        claim.end = span.end;
        claim.line = position.line;
        claim.column = position.column;
        claim.section = section;
        // Most sentences are one claim worded as the sentence: score once.
        Checkworthiness worthiness = claim.text == sentence_text ? sentence_worthiness
                                                                 : score_checkworthiness(claim.text);
        // The model learnt from whole sentences: a claim cut from a
        // check-worthy sentence ("Two counties are in extreme drought", from
        // "According to the monitor, ...") keeps its sentence's score when
        // its own words score lower.
        if (sentence_worthiness.score > worthiness.score) {
          worthiness.score = sentence_worthiness.score;
          worthiness.checkworthy = sentence_worthiness.checkworthy;
        }
        claim.score = worthiness.score;
        claim.checkworthy = worthiness.checkworthy;
        claim.signals = worthiness.signals();
        // What fact-checkers check first, whatever the debate-trained model
        // makes of the wording (ClaimBuster's strongest features): a named
        // entity together with a number, date or amount, or with a
        // past-tense action ("Argentina has won the World Cup once").
        const bool concrete = has_signal(claim.signals, "year") || has_signal(claim.signals, "date") ||
                              has_signal(claim.signals, "number") || has_signal(claim.signals, "percent") ||
                              has_signal(claim.signals, "money");
        if (!claim.checkworthy && has_signal(claim.signals, "named-entity") &&
            (concrete || has_signal(claim.signals, "action-verb") || classifies(claim.text))) {
          claim.checkworthy = true;
        }
        // A superlative ranks something against all others ("the fastest
        // animal", "the brightest objects in the universe"): checkable
        // unless it is hedged, about the future or a judgement.
        if (!claim.checkworthy && has_signal(claim.signals, "superlative") && !has_signal(claim.signals, "opinion") &&
            !has_signal(claim.signals, "hedge") && !has_signal(claim.signals, "future") &&
            !has_signal(claim.signals, "first-person")) {
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
        if (claim.checkworthy && has_signal(claim.signals, "opinion") && !concrete && !named_quotation) {
          claim.checkworthy = false;
        }
        // The sentence's form overrides the score: a question, an
        // instruction or a judgement is kept but does not need checking.
        if (!atomic.not_checkworthy_reason.empty()) {
          claim.checkworthy = false;
          if (std::find(claim.signals.begin(), claim.signals.end(), atomic.not_checkworthy_reason) ==
              claim.signals.end()) {
            claim.signals.push_back(atomic.not_checkworthy_reason);
          }
        }
        if (atomic.attribution && atomic.attribution->vague &&
            std::find(claim.signals.begin(), claim.signals.end(), "vague-attribution") == claim.signals.end()) {
          claim.signals.push_back("vague-attribution");
        }
        claim.citations = citations;
        claim.quoted = block.quoted;
        claim.attribution = std::move(atomic.attribution);
        claim.hedges = std::move(atomic.hedges);
        claim.ambiguous = std::move(atomic.ambiguous);
        for (const Span& s : atomic.source_spans) claim.source_spans.push_back({s.start, s.end});
        file.claims.push_back(std::move(claim));
      }
    }
  }
  return file;
}

}  // namespace claimcheck
