# expect-warning: --next
curl http://{{HOST}}/first -H 'X-N: 1' --next http://{{HOST}}/second
