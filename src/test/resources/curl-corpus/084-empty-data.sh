curl -d '' http://{{HOST}}/empty
