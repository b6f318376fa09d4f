## Le registre d’équipe (ticket 17, docs/team.md).
error-team-server = Le serveur d’équipe { $server } n’a pas pu être utilisé : { $detail }. Rien n’est perdu : ce que contient ce registre reste ici et sera envoyé à la prochaine synchronisation.
error-team-server-untrusted = Le serveur d’équipe { $server } n’a pas présenté de certificat auquel cet ordinateur fait confiance pour son adresse ({ $detail }). Indiquez l’autorité de certification qui le signe : ajoutez sslrootcert=CHEMIN-VERS-CA.pem à la chaîne de connexion (voir docs/team.md). Rien n’a été envoyé et rien n’est perdu.
error-team-server-in-use = Le serveur d’équipe { $server } contient déjà un autre registre. Utilisez une base vide, ou rejoignez cette équipe avec une invitation.
error-team-not-shared = Ce registre n’est partagé avec aucune équipe. Créez-en une avec : breachlog team create --server postgres://…

cli-team-created = Partagé avec l’équipe sur { $server } : { $events } événements publiés, tête { $seq } { $hash }. Le serveur voit les identifiants, heures, types et empreintes ; tout le reste circule chiffré.
cli-team-status = Partagé sur { $server } en tant que { $member } : { $pending ->
    [0] tout est sur le serveur
    [one] 1 événement pas encore envoyé
   *[other] { $pending } événements pas encore envoyés
 } (le serveur contient tout jusqu’au n° { $synced }).
cli-team-synced = Synchronisé : { $pulled } événements d’autres membres, { $sent } envoyés ; les { $events } événements du serveur s’ouvrent avec la clé d’équipe et correspondent à ce registre (tête { $seq }).
cli-team-invited = Invitation pour { $name } <{ $email }> — transmettez ce code à usage unique par un autre canal que le seul e-mail (il ouvre une fois les clés de l’équipe) :
    { $code }
cli-team-joined = Équipe rejointe sur { $server } en tant que { $member } : { $events } événements repris dans le nouveau registre chiffré { $path }.
cli-team-no-conflicts = Aucun conflit : toutes vos modifications sont dans le registre partagé.
team-conflict-moved = Non appliqué : votre { $kind } de l’incident { $subject } ({ $ts }) — { $other_actor } a changé le statut de l’incident avant vous (événement { $other_seq }). Vérifiez le statut et décidez à nouveau.
team-conflict-edited = Non appliqué : votre { $kind } de l’incident { $subject } ({ $ts }) — { $other_actor } a modifié le même champ avant vous (événement { $other_seq }). Comparez et modifiez à nouveau.
team-conflict-redacted = Non appliqué : votre { $kind } de l’incident { $subject } ({ $ts }) — { $other_actor } a effacé les données personnelles de l’incident avant vous (événement { $other_seq }).
team-report-reissue = À réémettre : le rapport { $serial } ({ $ts }) a été émis avant l’envoi de vos événements ; les événements de { $other_actor } (à partir de l’événement { $other_seq }) sont passés en premier, l’état du journal qu’il cite n’existe donc plus. Émettez à nouveau le rapport et remettez le nouveau.
cli-team-removed = { $member } a été retiré de l’équipe : son rôle de base de données ne peut plus se connecter, et les événements sont désormais scellés sous l’époque de clé { $epoch }, que seuls { $members } détiennent.
