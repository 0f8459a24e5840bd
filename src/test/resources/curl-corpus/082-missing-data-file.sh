# expect-warning: was not found
curl -d @files/missing.txt -d after http://{{HOST}}/missing
