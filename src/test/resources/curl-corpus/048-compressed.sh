# expect-warning: --compressed asks for
curl --compressed http://{{HOST}}/gzip
