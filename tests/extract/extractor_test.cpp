#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <set>

#include "base/file_io.h"
#include "base/sha256.h"
#include "eval/faithfulness.h"

namespace claimcheck {
namespace {

ClaimsFile extract(const std::string& text) {
  const SourceText source("doc.txt", text);
  ExtractOptions options;
  options.document_path = "doc.txt";
  options.extracted_time = "2026-01-01T00:00:00Z";
  return extract_claims(source, options);
}

ClaimsFile extract_markdown(const std::string& text) {
  const SourceText source("doc.md", text);
  ExtractOptions options;
  options.document_path = "doc.md";
  options.format = DocumentFormat::markdown;
  options.extracted_time = "2026-01-01T00:00:00Z";
  return extract_claims(source, options);
}

TEST(Extractor, RecordsDocumentBlock) {
  const ClaimsFile file = extract("Prices rose.\n");
  EXPECT_EQ(file.document.path, "doc.txt");
  EXPECT_EQ(file.document.sha256, sha256_hex("Prices rose.\n"));
  EXPECT_EQ(file.document.format, "text");
  EXPECT_EQ(file.document.extractor_name, "claimcheck");
  EXPECT_FALSE(file.document.extractor_version.empty());
  EXPECT_EQ(file.document.extracted, "2026-01-01T00:00:00Z");
}

TEST(Extractor, HeadingsYieldNoClaimsAndNameTheSection) {
  const ClaimsFile file = extract(
      "The Council Budget Story\n"
      "Background:\n"
      "The council met in 2024. It approved $4 million.\n"
      "Outlook:\n"
      "A vote follows in June.\n");
  ASSERT_EQ(file.claims.size(), 3u);
  EXPECT_EQ(file.claims[0].text, "The council met in 2024.");
  EXPECT_EQ(file.claims[0].section, "Background:");
  EXPECT_EQ(file.claims[1].text, "It approved $4 million.");
  EXPECT_EQ(file.claims[2].section, "Outlook:");
}

TEST(Extractor, QuoteAndSpanReproduceTheOriginalBytes) {
  const std::string text = "\xEF\xBB\xBFHeadline Here\r\nThe mayor said\r\nhousing costs rose 8%.\r\n";
  const ClaimsFile file = extract(text);
  ASSERT_EQ(file.claims.size(), 1u);
  const Claim& claim = file.claims[0];
  EXPECT_EQ(text.substr(claim.start, claim.end - claim.start), claim.quote);
  EXPECT_EQ(claim.quote, "The mayor said\r\nhousing costs rose 8%.");
  EXPECT_EQ(claim.text, "Housing costs rose 8%.");
  ASSERT_TRUE(claim.attribution.has_value());
  EXPECT_EQ(claim.attribution->who, "The mayor");
  EXPECT_EQ(claim.line, 2u);
  EXPECT_EQ(claim.column, 1u);
}

TEST(Extractor, ColumnsCountCharactersAfterNonAsciiText) {
  const std::string text = "Caf\xC3\xA9 owners agreed. Rents rose 5% in 2023.\n";
  const ClaimsFile file = extract(text);
  ASSERT_EQ(file.claims.size(), 2u);
  EXPECT_EQ(file.claims[1].start, text.find("Rents"));
  EXPECT_EQ(file.claims[1].column, 21u);
}

TEST(Extractor, IdsAreUniqueEvenForRepeatedSentences) {
  const ClaimsFile file = extract("Prices rose.\nPrices rose.\nPrices rose.\n");
  std::set<std::string> ids;
  for (const Claim& claim : file.claims) ids.insert(claim.id);
  EXPECT_EQ(ids.size(), 3u);
}

TEST(Extractor, EmptyDocumentGivesNoClaims) {
  EXPECT_TRUE(extract("").claims.empty());
}

TEST(Extractor, SampleArticleReportsTheKimRouhaniMeeting) {
  const std::string path = std::string(CLAIMCHECK_SOURCE_DIR) + "/claims/iran-north-korea.txt";
  const ClaimsFile file = extract(read_file(path));
  const Claim* meeting = nullptr;
  std::size_t headings_as_claims = 0;
  for (const Claim& claim : file.claims) {
    if (claim.text.find("Kim Jong-un met with") != std::string::npos) meeting = &claim;
    if (claim.text == "A Tumultuous History:" || claim.text == "Conclusion:") ++headings_as_claims;
  }
  ASSERT_NE(meeting, nullptr);
  EXPECT_TRUE(meeting->checkworthy);
  EXPECT_EQ(meeting->section, "Recent Diplomatic Developments:");
  EXPECT_EQ(headings_as_claims, 0u);
  // Claims are atomic; each keeps its sentence as its quote, and the quotes
  // are the 26 sentences of the hand-made reference.
  std::set<std::size_t> sentences;
  for (const Claim& claim : file.claims) sentences.insert(claim.start);
  EXPECT_EQ(sentences.size(), 26u);
  EXPECT_GT(file.claims.size(), 26u);
}

// What a named thing is, and a ranking against all others, can be looked
// up whatever the debate-trained model makes of the wording.
TEST(Extractor, ClassificationsOfNamesAndSuperlativesAreCheckworthy) {
  for (const char* sentence : {"Ming Zhou is a senior researcher at Microsoft Research Asia.",
                               "Maria Lopez is Harbor's chief executive.",
                               "Councillor Ruth Adeyemi chairs the transport committee.",
                               "The fastest animal with wings and fur is the peregrine falcon."}) {
    const ClaimsFile file = extract(std::string(sentence) + "\n");
    ASSERT_EQ(file.claims.size(), 1u) << sentence;
    EXPECT_TRUE(file.claims[0].checkworthy) << sentence;
  }
  // Hedged or judged, they are not.
  for (const char* sentence : {"The fastest route may be the coastal road.", "That leads me to the programs.",
                               "Quantum computing is the most important technology of our time."}) {
    const ClaimsFile file = extract(std::string(sentence) + "\n");
    ASSERT_FALSE(file.claims.empty()) << sentence;
    EXPECT_FALSE(file.claims[0].checkworthy) << sentence;
  }
}

// Whether a named person said the quoted words can be checked, whatever the
// words; an unnamed or unresolved speaker gives nothing to check them against.
TEST(Extractor, AQuotationFromANamedSpeakerIsCheckworthy) {
  const ClaimsFile file = extract(
      "\"This gives us the scale to compete with the global brands,\" Lopez said. "
      "\"It was a wonderful day,\" one fan said.\n");
  ASSERT_EQ(file.claims.size(), 2u);
  EXPECT_TRUE(file.claims[0].checkworthy);
  EXPECT_FALSE(file.claims[1].checkworthy);
}

TEST(Extractor, ATableRowOfShortCellsIsOneClaimUnderItsColumnLabels) {
  const std::string document =
      "The council approved these cuts.\n\n"
      "| Service | Cut | Jobs lost |\n|---|---|---|\n| Libraries | £4.2m | 35 |\n| Parks | £1.1m | |\n";
  const ClaimsFile file = extract_markdown(document);
  ASSERT_EQ(file.claims.size(), 3u);
  const Claim& libraries = file.claims[1];
  EXPECT_EQ(libraries.text, "Libraries: Cut £4.2m; Jobs lost 35.");
  EXPECT_EQ(libraries.quote, "Libraries | £4.2m | 35");
  EXPECT_EQ(document.substr(libraries.start, libraries.end - libraries.start), libraries.quote);
  EXPECT_EQ(libraries.line, 5u);
  EXPECT_TRUE(libraries.checkworthy);
  // The labels' bytes are the claim's too: every word is the table's.
  ASSERT_EQ(libraries.source_spans.size(), 5u);
  EXPECT_EQ(document.substr(libraries.source_spans[0].start, 3), "Cut");
  EXPECT_TRUE(eval::unsupported_words(libraries, document).empty());
  // An empty cell is left out.
  EXPECT_EQ(file.claims[2].text, "Parks: Cut £1.1m.");
}

TEST(Extractor, ATableOfProseIsReadCellByCell) {
  const ClaimsFile file = extract_markdown(
      "| Year | Event |\n|---|---|\n"
      "| 1869 | The viaduct opened to traffic after six years of work on its piers. It carried the railway. |\n");
  std::vector<std::string> texts;
  for (const Claim& claim : file.claims) texts.push_back(claim.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"1869", "The viaduct opened to traffic after six years of work on its piers.",
                                             "It carried the railway."}));
}

TEST(Extractor, AReportedlyClaimRestsOnAnUnnamedSource) {
  const ClaimsFile file = extract("Ben Sutter reportedly suffered a broken ankle. Ben Sutter suffered a broken ankle.\n");
  ASSERT_EQ(file.claims.size(), 2u);
  const auto has = [](const Claim& claim, const char* signal) {
    return std::find(claim.signals.begin(), claim.signals.end(), signal) != claim.signals.end();
  };
  EXPECT_TRUE(has(file.claims[0], "vague-attribution"));
  EXPECT_EQ(file.claims[0].hedges, std::vector<std::string>{"reportedly"});
  EXPECT_FALSE(has(file.claims[1], "vague-attribution"));
  // A named source keeps its name: "reportedly" adds no vagueness to it.
  const ClaimsFile named = extract("The coach said Ben Sutter had reportedly broken his ankle.\n");
  ASSERT_EQ(named.claims.size(), 1u);
  ASSERT_TRUE(named.claims[0].attribution);
  EXPECT_FALSE(has(named.claims[0], "vague-attribution"));
}

TEST(Extractor, ANameTheDocumentUsesCountsAtAClaimsStartToo) {
  const auto has = [](const Claim& claim, const char* signal) {
    return std::find(claim.signals.begin(), claim.signals.end(), signal) != claim.signals.end();
  };
  // "Redbourne" opens the sentence, where any word is capitalised; the
  // document wrote it as a name before.
  const ClaimsFile file = extract("The appeal by Redbourne was upheld on Monday. Redbourne welcomed the ruling.\n");
  ASSERT_EQ(file.claims.size(), 2u);
  EXPECT_TRUE(has(file.claims[1], "named-entity"));
  EXPECT_TRUE(file.claims[1].checkworthy);
  // A plural the document capitalised inside a sentence is no name.
  const ClaimsFile plural = extract("The fund for Veterans was closed on Monday. Veterans welcomed the ruling.\n");
  ASSERT_EQ(plural.claims.size(), 2u);
  EXPECT_FALSE(has(plural.claims[1], "named-entity"));
}

}  // namespace
}  // namespace claimcheck
