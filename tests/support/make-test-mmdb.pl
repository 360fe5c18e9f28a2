#!/usr/bin/perl
# Writes a small MaxMind-format country database for tests:
#   perl make-test-mmdb.pl OUT.mmdb 127.0.0.2/32=US 127.0.0.4/32=DE …
# Each network gets {"country": {"iso_code": CODE}} like GeoLite2-Country. Needs the Debian package
# libmaxmind-db-writer-perl.
use strict;
use warnings;
use MaxMind::DB::Writer::Tree;

my $out = shift @ARGV or die "usage: $0 OUT.mmdb NETWORK=CODE...\n";
my %types = (country => 'map', iso_code => 'utf8_string');
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version            => 6,
    record_size           => 24,
    database_type         => 'Veil-Test-Country',
    languages             => ['en'],
    description           => { en => 'Veil test database' },
    map_key_type_callback => sub { $types{ $_[0] } },
    # Loopback and other reserved networks are dropped by default; the tests need them.
    remove_reserved_networks => 0,
);
for my $pair (@ARGV) {
    my ($network, $code) = split /=/, $pair, 2;
    die "bad mapping '$pair' (want NETWORK=CODE)\n" unless defined $code;
    $tree->insert_network($network, { country => { iso_code => $code } });
}
open my $fh, '>:raw', $out or die "cannot write $out: $!\n";
$tree->write_tree($fh);
close $fh or die "cannot write $out: $!\n";
