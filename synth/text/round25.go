package text

// Round twenty-five: the classes the held-out sets still missed after round twenty-one, and the
// misreadings known at the round's start, each read as a class and tested on probe sentences of
// the round's own written before the reader, readings25.tsv. Each reader is guarded by the shapes
// its first test needs (README, Speed).

func (n *normalizer) round25Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	return 0
}

// imageNames are container images and services written before a tag or a port: "node:20",
// "redis:6379". Another name takes a tag only in a sentence of containers (containerWords).
var imageNames = setOf(`python node postgres postgresql redis mysql mariadb mongo mongodb nginx httpd alpine ubuntu
debian centos fedora rockylinux almalinux amazonlinux busybox golang rust ruby php perl openjdk java dotnet
rabbitmq memcached elasticsearch opensearch kibana logstash grafana prometheus traefik caddy haproxy consul
vault jenkins gitlab registry tomcat jetty wordpress nextcloud minio kafka zookeeper cassandra influxdb
couchdb neo4j clickhouse keycloak sonarqube selenium bitnami nvidia pytorch tensorflow bash gcc`)

// containerWords make a sentence about containers, where any lower-case name before a colon
// and a number is an image and its tag.
var containerWords = setOf(`docker dockerfile image images container containers pull pulled pulls push pushed
tag tagged tags compose podman kubernetes kubectl pod pods helm registry deployment manifest`)
