// Keeping a reviewer's comments when `claimcheck review` rewrites a review
// block. yaml-cpp drops comments, so the rewritten block is produced from the
// model and the old block's comments are carried over to it by position in
// the YAML structure, not by line number.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// Returns `new_block` (a `review:` block as the writer writes it: one key
// per line) with every comment of `old_block` (the same claim's block as the
// file had it, in any block or flow style the reader accepts) placed in it:
//   - a comment on lines of its own goes before the key it preceded in the
//     old block, at that key's indentation;
//   - a comment after a value on the same line ("confidence: 0.9  # two
//     sources") stays after that key's value;
//   - keys are matched by their path from `review:`: key names, and list
//     entries by position (`review` updates sources in place and only
//     appends new ones, so entry N is the same source before and after);
//   - a comment whose key is not in `new_block`, or that follows the old
//     block's last key, goes at the end of the block, at the indentation of
//     the review's own keys.
// '#' inside quoted, block or multi-line scalars is text, not a comment.
// Line ends of the result are "\n"; blank lines of the old block are not
// kept. Returns `new_block` unchanged when `old_block` has no comment.
std::string carry_review_comments(std::string_view old_block, std::string_view new_block);

}  // namespace claimcheck
