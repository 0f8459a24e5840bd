curl.exe "http://{{HOST}}/ps2?x=1" -H "X-A: `"quoted`" and `$literal" -H "X-Tab: a`tb"
