curl 'http://{{HOST}}/a/b/../c/./d'
