#ifndef AIMS_CGIT2_SHIM_H
#define AIMS_CGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is C-variadic and cannot be called from Swift: one wrapper per option used. */
static inline int aims_git_disable_owner_validation(void) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
}
#endif
