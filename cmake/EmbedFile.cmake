# embed_file(INPUT OUTPUT SYMBOL): generates OUTPUT, a C++ source defining
# `extern const std::string_view SYMBOL` holding INPUT's bytes. Regenerated
# whenever INPUT changes, so the binary never disagrees with the file in git.
function(embed_file input output symbol)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFileScript.cmake
    DEPENDS ${input} ${CMAKE_SOURCE_DIR}/cmake/EmbedFileScript.cmake
    COMMENT "Embedding ${input}"
    VERBATIM)
endfunction()
