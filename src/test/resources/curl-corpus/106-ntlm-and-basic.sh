# expect-warning: --ntlm, --basic
curl --ntlm --basic -u user:pw http://{{HOST}}/auth
