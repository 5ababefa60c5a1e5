# Sourced by the fixture scripts: git as a named person at a fixed date, in the repository $dest.
#
# as WHO DATE GIT-ARGS...: runs git as WHO ("Name <email>", author and committer) at DATE, UTC.
as() {
  local who="$1" date="$2"
  shift 2
  local name="${who% <*}" email="${who##*<}"
  email="${email%>}"
  GIT_AUTHOR_NAME="$name" GIT_AUTHOR_EMAIL="$email" GIT_AUTHOR_DATE="$date +0000" \
  GIT_COMMITTER_NAME="$name" GIT_COMMITTER_EMAIL="$email" GIT_COMMITTER_DATE="$date +0000" \
    git -C "$dest" "$@"
}

# commit WHO DATE MESSAGE: commits what is staged.
commit() { as "$1" "$2" commit -q -m "$3"; }
