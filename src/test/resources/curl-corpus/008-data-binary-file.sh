curl --data-binary @files/lines.txt http://{{HOST}}/binary
