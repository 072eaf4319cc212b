# One-line fields: backslash, newline, tab and CR escaped as \\ \n \t \r (ResultCodec decodes them).
sac_esc() {
  local s=$1 bs="\\"
  s=${s//"$bs"/"$bs$bs"}
  s=${s//$'\n'/"${bs}n"}
  s=${s//$'\t'/"${bs}t"}
  s=${s//$'\r'/"${bs}r"}
  printf "%s" "$s"
}
