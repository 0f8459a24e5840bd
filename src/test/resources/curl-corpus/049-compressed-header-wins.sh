curl --compressed -H 'Accept-Encoding: gzip' http://{{HOST}}/x
