#ifndef AIMS_CGIT2_SHIM_H
#define AIMS_CGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is C-variadic and cannot be called from Swift: one wrapper per option used. */
static inline int aims_git_disable_owner_validation(void) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
}

/* libgit2 hashes every object it reads to check it against its id (git itself does not);
   on large trees that hashing dominates a history walk. */
static inline int aims_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
#endif
