#include "extract/extractor.h"

#include <cctype>

#include "base/sha256.h"
#include "claimcheck/version.h"
#include "extract/checkworthiness.h"
#include "extract/claim_ids.h"
#include "text/plain_text_reader.h"
#include "text/sentence_splitter.h"

namespace claimcheck {

namespace {

// A sentence's text as a claim reads it: the quote with line breaks and runs
// of white space (from hard wrapping) folded to single spaces.
std::string fold_white_space(std::string_view quote) {
  std::string out;
  out.reserve(quote.size());
  bool pending_space = false;
  for (char c : quote) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace

ClaimsFile extract_claims(const SourceText& source, const ExtractOptions& options) {
  ClaimsFile file;
  file.document.path = options.document_path;
  file.document.sha256 = sha256_hex(source.bytes());
  file.document.format = "text";
  file.document.extractor_name = kExtractorName;
  file.document.extractor_version = kVersion;
  file.document.extracted = options.extracted_time;

  ClaimIdAllocator ids;
  std::string section;
  for (const Block& block : read_plain_text(source)) {
    const std::string_view block_text = source.slice(block.span.start, block.span.end);
    if (block.kind == BlockKind::heading) {
      section = fold_white_space(block_text);
      continue;
    }
    for (const Span& relative : split_sentences(block_text)) {
      const Span span{block.span.start + relative.start, block.span.start + relative.end};
      // One claim per sentence for now; decomposition into atomic claims
      // will yield several claims from one sentence, each with this span.
      Claim claim;
      claim.quote = std::string(source.slice(span.start, span.end));
      claim.text = fold_white_space(claim.quote);
      claim.id = ids.allocate(claim.text);
      claim.start = span.start;
      claim.end = span.end;
      const Position position = source.position(span.start);
      claim.line = position.line;
      claim.column = position.column;
      claim.section = section;
      Checkworthiness worthiness = score_checkworthiness(claim.text);
      claim.checkworthy = worthiness.checkworthy;
      claim.score = worthiness.score;
      claim.signals = std::move(worthiness.signals);
      file.claims.push_back(std::move(claim));
    }
  }
  return file;
}

}  // namespace claimcheck
