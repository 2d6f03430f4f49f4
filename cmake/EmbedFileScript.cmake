# Script mode: writes a C++ file with INPUT's bytes as a char array.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX MATCH "^(.*)::([^:]+)$" _ "${SYMBOL}")
set(namespace "${CMAKE_MATCH_1}")
set(name "${CMAKE_MATCH_2}")
file(WRITE ${OUTPUT}.tmp
"// Generated from ${INPUT} by cmake/EmbedFileScript.cmake. Do not edit.\n#include <string_view>\nnamespace ${namespace} {\nstatic const char ${name}_bytes[] = {${bytes} '\\0'};\nextern const std::string_view ${name};\nconst std::string_view ${name}(${name}_bytes, ${byte_count});\n}\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
