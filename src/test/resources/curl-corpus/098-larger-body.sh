curl --data-binary @files/big.txt http://{{HOST}}/big
