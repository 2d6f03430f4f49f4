#include "claims/review_comments.h"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(ReviewComments, NoCommentsLeavesTheNewBlockAsItIs) {
  const std::string fresh = "    review:\n      verdict: supported\n";
  EXPECT_EQ(carry_review_comments("    review:\n      verdict: unverified\n", fresh), fresh);
}

TEST(ReviewComments, ACommentLineStaysBeforeItsKeyAtTheKeysIndentation) {
  const std::string old_block =
      "    review:\n"
      "        # asked the ministry on 3 May\n"
      "      verdict: unverified\n"
      "      reviewer: ana\n";
  const std::string fresh =
      "    review:\n"
      "      verdict: supported\n"
      "      confidence: 0.9\n"
      "      reviewer: ana\n";
  EXPECT_EQ(carry_review_comments(old_block, fresh),
            "    review:\n"
            "      # asked the ministry on 3 May\n"
            "      verdict: supported\n"
            "      confidence: 0.9\n"
            "      reviewer: ana\n");
}

TEST(ReviewComments, ACommentAfterAValueStaysOnItsLine) {
  const std::string old_block =
      "    review:  # second pass\n"
      "      confidence: 0.5   # one source only\n";
  const std::string fresh =
      "    review:\n"
      "      verdict: supported\n"
      "      confidence: 0.8\n";
  EXPECT_EQ(carry_review_comments(old_block, fresh),
            "    review:  # second pass\n"
            "      verdict: supported\n"
            "      confidence: 0.8  # one source only\n");
}

TEST(ReviewComments, CommentsInsideASourceStayWithThatSourceWhenOneIsAppended) {
  // The old file lists its entries at the key's own indentation; the writer
  // indents them. Entries are matched by position.
  const std::string old_block =
      "  review:\n"
      "    sources:\n"
      "    - url: https://a.example/1\n"
      "      # the archived copy, the live page moved\n"
      "      title: First\n"
      "    # the second one is a press release\n"
      "    - url: https://b.example/2\n"
      "    reviewer: ana\n";
  const std::string fresh =
      "    review:\n"
      "      sources:\n"
      "        - url: https://a.example/1\n"
      "          title: First\n"
      "        - url: https://b.example/2\n"
      "        - url: https://c.example/3\n"
      "      reviewer: ana\n";
  EXPECT_EQ(carry_review_comments(old_block, fresh),
            "    review:\n"
            "      sources:\n"
            "        - url: https://a.example/1\n"
            "          # the archived copy, the live page moved\n"
            "          title: First\n"
            "        # the second one is a press release\n"
            "        - url: https://b.example/2\n"
            "        - url: https://c.example/3\n"
            "      reviewer: ana\n");
}

TEST(ReviewComments, HashesInsideScalarsAreText) {
  const std::string old_block =
      "    review:\n"
      "      note: \"issue #4, see # below\"\n"
      "      title: 'it''s #1' # real\n"
      "      reviewer: O'Brien #2\n"
      "      quote: \"a long quote that goes on\n"
      "        # still inside the quote\n"
      "        and ends here\"  # after the quote\n"
      "      summary: |\n"
      "        # a heading in the text\n"
      "        more text\n"
      "      # a comment after the block scalar\n"
      "      verdict: supported\n";
  const std::string fresh =
      "    review:\n"
      "      verdict: supported\n"
      "      title: x\n"
      "      reviewer: x\n"
      "      quote: x\n";
  EXPECT_EQ(carry_review_comments(old_block, fresh),
            "    review:\n"
            "      # a comment after the block scalar\n"
            "      verdict: supported\n"
            "      title: x  # real\n"
            "      reviewer: x  #2\n"
            "      quote: x  # after the quote\n");
}

TEST(ReviewComments, CommentsWithoutAPlaceGoToTheEndInOrder) {
  const std::string old_block =
      "    review:\n"
      "      # about the old key\n"
      "      old_key: 1  # and its value\n"
      "      verdict: supported\n"
      "      # closing remark\n";
  const std::string fresh =
      "    review:\n"
      "      verdict: supported\n";
  EXPECT_EQ(carry_review_comments(old_block, fresh),
            "    review:\n"
            "      verdict: supported\n"
            "      # about the old key\n"
            "      # and its value\n"
            "      # closing remark\n");
}

TEST(ReviewComments, FlowStyleCommentsAreKept) {
  const std::string old_block =
      "    review: {verdict: supported,  # checked\n"
      "      reviewer: ana}\n";
  const std::string fresh =
      "    review:\n"
      "      verdict: supported\n"
      "      reviewer: ana\n";
  // Inside a flow mapping the comment belongs to the `review` key's value.
  EXPECT_EQ(carry_review_comments(old_block, fresh),
            "    review:  # checked\n"
            "      verdict: supported\n"
            "      reviewer: ana\n");
}

TEST(ReviewComments, AnEmptyReviewKeepsItsComments) {
  EXPECT_EQ(carry_review_comments("    review:\n      # to do\n      {}\n", "    review:\n      {}\n"),
            "    review:\n      {}\n      # to do\n");
}

}  // namespace
}  // namespace claimcheck
