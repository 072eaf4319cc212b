# One-line fields: backslash, newline, tab and CR escaped as \\ \n \t \r (ResultCodec decodes them).
sac_esc() {
  local s=$1 bs="\\"
  s=${s//"$bs"/"$bs$bs"}
  s=${s//$'\n'/"${bs}n"}
  s=${s//$'\t'/"${bs}t"}
  s=${s//$'\r'/"${bs}r"}
  printf "%s" "$s"
}
# The same into variable $1, without the subshell (a fork) that "$(sac_esc ...)" costs per call.
sac_esc_to() {
  local -n sac_out=$1
  local s=$2 bs="\\"
  s=${s//"$bs"/"$bs$bs"}
  s=${s//$'\n'/"${bs}n"}
  s=${s//$'\t'/"${bs}t"}
  s=${s//$'\r'/"${bs}r"}
  sac_out=$s
}
