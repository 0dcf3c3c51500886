fn main() {
    let layers: Vec<_> = std::env::args().skip(1).map(|d| carepath::data::Layer::Dir(d.into())).collect();
    let r = carepath::data::validate(&layers);
    for d in &r.diagnostics { println!("{d}"); }
    println!("{:?}", r.counts);
    if let Some(c) = r.catalogue { println!("{:#?}", c.roles[0].summary); }
}
