// How YAML readers resolve plain scalars that look like numbers or dates.
#pragma once

#include <string_view>

namespace claimcheck {

// True if the whole of `text` matches one of the implicit int, float or
// timestamp patterns of YAML 1.1 or 1.2 (their union, ASCII case ignored
// except in timestamps), as these regular expressions (ECMAScript syntax)
// say:
//   int:   [-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*|
//                [0-9][0-9_]*(:[0-5]?[0-9])+)                     (icase)
//   float: [-+]?(([0-9][0-9_]*)?\.[0-9._]*(e[-+]?[0-9]+)?|
//                [0-9][0-9_]*(\.[0-9_]*)?e[-+]?[0-9]+|
//                [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|\.inf|\.nan) (icase)
//   timestamp: [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \t]+)[0-9]{1,2}:
//                [0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}
//                (:[0-9]{2})?))?)?
// Hand-written rather than std::regex: compiling those three costs about
// 30 ms per process, more than writing a small claims file.
bool is_yaml_number_or_timestamp(std::string_view text);

}  // namespace claimcheck
