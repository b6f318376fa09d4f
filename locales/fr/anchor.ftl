## Preuves de Merkle sur le journal et points de contrôle signés (docs/chain-format.md §8, §9).

field-seq = numéro de séquence
field-size = taille du journal
field-from-size = taille antérieure du journal
field-to-size = taille ultérieure du journal

cli-proof-inclusion = L’événement { $seq } (empreinte { $hash }) figure dans le journal de { $size } événements, racine de Merkle { $root }. Chemin d’audit, de la feuille à la racine :
cli-proof-consistency = Le journal de { $from } événements (racine de Merkle { $from_root }) est un préfixe du journal de { $to } événements (racine de Merkle { $to_root }). Preuve de cohérence :
