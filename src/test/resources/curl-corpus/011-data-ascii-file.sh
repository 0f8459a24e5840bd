curl --data-ascii @files/body.json http://{{HOST}}/ascii
