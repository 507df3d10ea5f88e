# Warnings and sanitizers as INTERFACE targets, linked by every tally target.
add_library(tally_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(tally_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(TALLY_WARNINGS_AS_ERRORS)
    target_compile_options(tally_warnings INTERFACE -Werror)
  endif()
endif()

add_library(tally_sanitizers INTERFACE)
if(TALLY_SANITIZE)
  target_compile_options(tally_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
  target_link_options(tally_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
