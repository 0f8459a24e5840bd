curl -d @files/lines.txt http://{{HOST}}/strip
